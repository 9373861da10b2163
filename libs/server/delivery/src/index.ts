export * from './delivery.entity';
export * from './delivery-ledger';
export * from './delivery-run';
