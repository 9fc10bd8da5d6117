import { conflict, VangrailError } from '@vangrail/core';
import { ACTION_ITEM_STATUS_LABEL, ActionItemStatus } from './entities/action-item.entity';

/** The refusal for changing an item that is no longer open, in words: "already done" / "al afgerond". */
export function alreadyFinished(status: ActionItemStatus): VangrailError {
  const label = ACTION_ITEM_STATUS_LABEL[status];
  return conflict(`This action item is already ${label.en}; only an open action item can change`, `Dit actiepunt is al ${label.nl}; alleen een open actiepunt kan nog veranderen`);
}
