/** The pane's words about people lookups and the pre-flight check, in both languages. */
import { text } from "../core/i18n";

export const P = {
  preflightRefused: text("未发送任何行。", "Nothing was sent."),
  setupStopped: text(
    "提交已停止，剩余的行仍待提交，没有行被标为失败。",
    "The run stopped; the remaining rows are still to send and none was marked failed.",
  ),
  lookupFailed: text(
    "没能在飞书中查找邮箱或手机号，这些行暂不能发送。",
    "Emails and mobiles could not be looked up in Feishu, so those rows cannot be sent yet.",
  ),
  refreshPeople: text("重新查找员工", "Look people up again"),
  refreshingPeople: text("正在飞书中查找员工…", "Looking people up in Feishu…"),
  peopleMaxAge: text("查找结果保留天数", "Keep lookups for (days)"),
  peopleMaxAgeHint: text(
    "员工列中的邮箱和手机号查到的 ID 保存在工作簿中，超过这个天数会重新查找。",
    "IDs found for emails and mobiles in the Employee column are kept in the workbook and looked up again after this many days.",
  ),
  summaryHeld: text("未发送（此人已被飞书拒绝）", "Not sent (Feishu refused this person)"),
};
