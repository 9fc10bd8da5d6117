import { Injectable } from '@nestjs/common';
import { IsNull } from 'typeorm';
import { badInput, forbidden, isId } from '@vangrail/core';
import { AuditAction, GovernedContext } from '@vangrail/privacy';
import { DeadLetter, replayDeadLetters } from '@vangrail/queue';
import { DeadLetterView } from './dto/routing.types';
import { DEAD_LETTER } from './routing.policy';

@Injectable()
export class DeadLettersService {
  async list(ctx: GovernedContext): Promise<DeadLetterView[]> {
    this.requireManage(ctx);
    const letters = await ctx.manager.find(DeadLetter, { where: { tenantId: ctx.tenantId, replayedAt: IsNull() }, order: { createdAt: 'ASC' } });
    ctx.record({ action: AuditAction.SEARCH, reason: `${letters.length} dead letters listed` });
    return letters;
  }

  async replay(ctx: GovernedContext, ids?: string[]): Promise<DeadLetterView[]> {
    this.requireManage(ctx);
    if (ids?.some((id) => !isId(id))) throw badInput('ids', 'ids must be dead-letter ids', 'ids moeten id’s van dode berichten zijn');
    const replayed = await replayDeadLetters(ctx.manager, ctx.tenantId, ids);
    ctx.record({ action: AuditAction.UPDATE, reason: `${replayed.length} dead letters replayed` });
    return replayed;
  }

  private requireManage(ctx: GovernedContext): void {
    if (!ctx.ability.can('manage', DEAD_LETTER)) {
      throw forbidden('Only functional administrators handle dead letters', 'Alleen functioneel beheerders behandelen dode berichten');
    }
  }
}
