/** Shapes of the online-content API's answers: aliases of the generated types (src/web/lib/api-schema.d.ts). */
import type { ApiOk } from '../../lib/api.ts';

export const OFFENCES = ['incitement', 'solicitation', 'participation', 'instruction', 'threat'] as const;
export type Offence = (typeof OFFENCES)[number];
export const ORDER_STATES = ['draft', 'pending', 'overdue', 'removed', 'contested', 'declined', 'revoked', 'withdrawn'] as const;
/** PDQ quality under this is kept but never matched. */
export const MIN_QUALITY = 50;
export const DEFAULT_THRESHOLD = 31;

export type Bank = ApiOk<'/api/content/banks', 'get'>['items'][number];
export type BankEntry = ApiOk<'/api/content/banks/{id}/entries', 'get'>['items'][number];
export type HashAnswer = ApiOk<'/api/content/hash', 'post'>;
export type Signals = HashAnswer['signals'];
export type Match = HashAnswer['matches'][number];
/** A provider; `secret` only in the answer that created it or rotated its secret. */
export type Provider = ApiOk<'/api/content/providers', 'post'>;
export type ContentCaseDetail = ApiOk<'/api/content/cases/{id}', 'get'>;
type CaseListItem = ApiOk<'/api/content/cases', 'get'>['items'][number];
/** A case as listed; the single case's answer adds its orders, failed deliveries and time to removal. */
export type ContentCase = CaseListItem & Partial<Pick<ContentCaseDetail, 'orders' | 'failedDeliveries' | 'timeToRemovalSeconds'>>;
export type CaseSignal = ContentCaseDetail['signals'][number];
type OrderDetail = ApiOk<'/api/content/orders/{id}', 'get'>;
type OrderListItem = ApiOk<'/api/content/orders', 'get'>['items'][number];
/** An order; `url` in GET /api/content/orders only, `deliveries` in GET /api/content/orders/:id only. */
export type Order = Omit<OrderDetail, 'deliveries'> & Partial<Pick<OrderDetail, 'deliveries'>> & Partial<Pick<OrderListItem, 'url'>>;
export type Delivery = OrderDetail['deliveries'][number];
export type DeliveryAttempt = Delivery['log'][number];
export type DeliverySummary = NonNullable<OrderDetail['delivery']>;
export type Duplicate = OrderDetail['duplicates'][number];
export type Countdown = NonNullable<OrderDetail['countdown']>;
export type Scrutiny = NonNullable<OrderDetail['scrutiny']>;
export type Outcome = NonNullable<OrderDetail['outcome']>;
export type Authority = ApiOk<'/api/content/authorities', 'get'>['items'][number];
export type ScrutinyItem = ApiOk<'/api/content/scrutiny', 'get'>['items'][number];
export type PortalOrder = ApiOk<'/api/portal/orders/{id}', 'get'>;
export type Transparency = Exclude<ApiOk<'/api/content/transparency', 'get'>, string>;
