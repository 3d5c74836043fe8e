/** Reading the help center controllers' parameters, shared by portals, categories and articles. */
import { actingUser, isAdministrator, type RequestContext } from '../../http/context';
import { isHash, present } from '../../rails/casts';
import type { HelpCenterViewOptions } from '../../views/help_center';

/** Kaminari's default page size (categories and articles are paginated with `.page(n)`). */
export const PER_PAGE = 25;

export const viewOptions = (ctx: RequestContext): HelpCenterViewOptions => ({
  admin: isAdministrator(ctx),
  userId: actingUser(ctx)?.id,
});

/** How each permitted attribute is cast to its column, in the order the changes list them. */
export type Casts<T> = { [K in keyof T]?: (value: any) => T[K] };

/** The permitted attributes a request sends (undefined ones are left out), each cast to its column. */
export function castAttributes<T>(params: Record<string, any>, casts: Casts<T>): Partial<T> {
  const changes: Partial<T> = {};
  for (const key of Object.keys(casts) as (keyof T & string)[]) {
    if (params[key] !== undefined) changes[key] = casts[key]!(params[key]);
  }
  return changes;
}

/** The model's attributes sent flat or under `key` (`params[key].present?`, after wrap_parameters). */
export function hasModelParams(
  body: Record<string, any>,
  key: string,
  attributes: readonly string[],
): boolean {
  const nested = body?.[key];
  if (isHash(nested) && present(nested)) return true;
  return attributes.some((attribute) => body?.[attribute] !== undefined);
}
