/**
 * The emulated tenant's employees and the lookups Feishu does on them
 * (docs/feishu-api.md §1.2, §2, §5).
 */
import { createHash } from "node:crypto";
import type { EmployeeType } from "../core/feishu/schemas";

export interface Employee {
  /** Admin-console user ID; the same as contact `user_id` (docs/feishu-api.md §2). */
  employee_id: string;
  /** 工号. */
  employee_no: string;
  /** Per-app open_id (`ou_…`). */
  open_id: string;
  /** Tenant-wide union_id (`on_…`). */
  union_id: string;
  email?: string;
  /** With `+` and country code, e.g. `+8613800000001` (docs/feishu-api.md §5). */
  mobile?: string;
  /** Inside the app's attendance data scope; outside → 1220005 (docs/feishu-api.md §1.9). */
  inScope: boolean;
  /** Resigned users are hidden from batch_get_id unless include_resigned (docs/feishu-api.md §5). */
  resigned?: boolean;
}

const hex32 = (salt: string, id: string) =>
  createHash("sha256").update(`${salt}:${id}`).digest("hex").slice(0, 32);

/** `ou_` + a stable 32-hex derived from the employee_id. */
export const openIdFor = (employeeId: string): string => `ou_${hex32("open_id", employeeId)}`;
export const unionIdFor = (employeeId: string): string => `on_${hex32("union_id", employeeId)}`;

function makeEmployee(
  prefix: string,
  i: number,
  noBase: number,
  mobileBase: number,
  inScope: boolean,
): Employee {
  const employee_id = `${prefix}${String(i).padStart(4, "0")}`;
  return {
    employee_id,
    employee_no: String(noBase + i),
    open_id: openIdFor(employee_id),
    union_id: unionIdFor(employee_id),
    email: `${employee_id.toLowerCase()}@example.com`,
    mobile: `+86${mobileBase + i}`,
    inScope,
  };
}

/**
 * 2,000 in-scope employees E0001…E2000 (employee_no 100001…102000, e0001@example.com,
 * +8613800000001…) and 10 out-of-scope ones S0001…S0010 (employee_no 900001…,
 * s0001@example.com, +8613900000001…). Others write tests against this: keep it exact.
 * People a lookup cannot find: 5 resigned R0001…R0005 (r0001@example.com, +8613700000001…,
 * hidden from batch_get_id unless include_resigned) and 5 without email or mobile N0001…N0005
 * (employee_no 800001…), who can be named only by an ID.
 */
export function defaultDirectory(): Employee[] {
  const list: Employee[] = [];
  for (let i = 1; i <= 2000; i++) list.push(makeEmployee("E", i, 100000, 13800000000, true));
  for (let i = 1; i <= 10; i++) list.push(makeEmployee("S", i, 900000, 13900000000, false));
  for (let i = 1; i <= 5; i++)
    list.push({ ...makeEmployee("R", i, 700000, 13700000000, true), resigned: true });
  for (let i = 1; i <= 5; i++) {
    const e = makeEmployee("N", i, 800000, 0, true);
    delete e.email;
    delete e.mobile;
    list.push(e);
  }
  return list;
}

/** Strips a leading +86 so mainland numbers match with or without it (docs/feishu-api.md §5 mobile note). */
const normaliseMobile = (m: string) => m.replace(/[\s-]/g, "").replace(/^\+86/, "");

export class Directory {
  private readonly byType: Record<EmployeeType, Map<string, Employee>> = {
    employee_id: new Map(),
    employee_no: new Map(),
    open_id: new Map(),
  };
  private readonly byEmail = new Map<string, Employee>();
  private readonly byMobile = new Map<string, Employee>();

  constructor(employees: Employee[]) {
    for (const e of employees) {
      this.byType.employee_id.set(e.employee_id, e);
      this.byType.employee_no.set(e.employee_no, e);
      this.byType.open_id.set(e.open_id, e);
      if (e.email) this.byEmail.set(e.email.toLowerCase(), e);
      if (e.mobile) this.byMobile.set(normaliseMobile(e.mobile), e);
    }
  }

  find(type: EmployeeType, id: string): Employee | undefined {
    return this.byType[type].get(id);
  }

  byEmailAddress(email: string): Employee | undefined {
    return this.byEmail.get(email.trim().toLowerCase());
  }

  byMobileNumber(mobile: string): Employee | undefined {
    return this.byMobile.get(normaliseMobile(mobile));
  }
}
