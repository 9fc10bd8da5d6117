import { SetMetadata } from '@nestjs/common';

export const JOB_HANDLER_METADATA = 'vangrail:job-handler';

/** Marks a worker method as the handler of one queue; the worker refuses to start with gaps or doubles. */
export const JobHandler = (queue: string): MethodDecorator => SetMetadata(JOB_HANDLER_METADATA, queue);
