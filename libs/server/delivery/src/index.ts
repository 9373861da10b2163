export * from './delivery.entity';
export * from './delivery-ledger';
