export { BouncesModule, BOUNCE_RESOLVERS } from './bounces.module';
export { BouncesService, bounceTokenOf, SOFT_BOUNCE_LIMIT, SOFT_BOUNCE_WINDOW_DAYS, type BounceEnvelope } from './bounces.service';
export { readDeliveryReport, type DeliveryReport, type ReportKind } from './delivery-report';
export { EmailHealthService } from './email-health.service';
