import { InvitationEmailHandler } from './invitation-email.handler';
import { PasswordResetEmailHandler } from './password-reset-email.handler';
import { TickHandler } from './tick.handler';

/** Every handler the worker runs. Adding a job to the catalogue means adding its handler here. */
export const HANDLER_CLASSES = [TickHandler, InvitationEmailHandler, PasswordResetEmailHandler];
