/** The task pane inside Excel (or the playground): header, notice, three tabs. */
import { Tab, TabList } from "@fluentui/react-components";
import type { Locale } from "../../core/i18n";
import { LocaleContext, say } from "../i18n";
import type { PanePorts } from "../ports";
import type { Tab as TabName } from "../state/reducer";
import { usePane } from "../state/usePane";
import { S } from "../strings";
import { useLayoutStyles } from "../theme";
import { CheckPanel } from "./CheckPanel";
import { Header } from "./Header";
import { NoticeBar } from "./NoticeBar";
import { SetupPanel } from "./SetupPanel";
import { SubmitPanel } from "./SubmitPanel";

export interface PaneProps {
  ports: PanePorts;
  officeLocale: Locale;
}

export function Pane({ ports, officeLocale }: PaneProps) {
  const { state, actions } = usePane(ports, officeLocale);
  const styles = useLayoutStyles();
  const l = state.locale;
  const tabs: [TabName, string][] = [
    ["setup", say(S.tabSetup, l)],
    ["check", say(S.tabCheck, l)],
    ["submit", say(S.tabSubmit, l)],
  ];
  return (
    <LocaleContext.Provider value={l}>
      <main className={styles.pane} lang={l} data-ready="true" data-phase={state.phase.name}>
        <Header locale={l} onLocale={actions.setLocale} />
        <NoticeBar notice={state.notice} onDismiss={actions.dismissNotice} />
        <TabList selectedValue={state.tab} onTabSelect={(_, d) => actions.setTab(d.value as TabName)}>
          {tabs.map(([value, label]) => (
            <Tab key={value} value={value} id={`tab-${value}`} aria-controls={`panel-${value}`}>
              {label}
            </Tab>
          ))}
        </TabList>
        <div role="tabpanel" id={`panel-${state.tab}`} aria-labelledby={`tab-${state.tab}`}>
          {state.tab === "setup" ? <SetupPanel state={state} actions={actions} /> : null}
          {state.tab === "check" ? <CheckPanel state={state} actions={actions} /> : null}
          {state.tab === "submit" ? <SubmitPanel state={state} actions={actions} /> : null}
        </div>
      </main>
    </LocaleContext.Provider>
  );
}
