/** A pseudonymous staff reference, e.g. `ST-7K3Q9P`: the only way the record names an employee. */
export const STAFF_REF = /^[A-Z]{2,4}-[0-9A-Z]{4,12}$/;

export function isStaffRef(value: unknown): value is string {
  return typeof value === 'string' && STAFF_REF.test(value);
}
