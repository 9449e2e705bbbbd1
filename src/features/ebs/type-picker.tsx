import { memo } from 'react';
import { volumeSpec, volumeTypesFor, type VolumeType } from '../../domain';
import { ChoiceGroup } from '../../components/choice-group';
import { useActions, useEdition, useInput } from '../../store/view-hooks';
import { ebsActions } from './actions';
import { ebsState } from './params';
import { typeName } from './use-volume';
import { useWideScreen } from './use-wide-screen';

/**
 * Memoised: it reads the store itself, so a size change in its parent does not redraw it. On a
 * phone the types are short buttons in two rows, so the delivered figures reach the first screen
 * (the size hint below names the chosen type in full).
 */
export const TypePicker = memo(function TypePicker() {
  const edition = useEdition();
  const type = useInput(ebsState, 'type');
  const { chooseVolumeType: choose } = useActions(ebsActions);
  const wide = useWideScreen();
  const choices = volumeTypesFor(edition).map((t) => ({
    value: t,
    label: typeName(t, edition),
    ...(wide && { description: volumeSpec(t, edition).label.replace(/^\S+ /, '').replace(/^Block Express$/, 'Provisioned IOPS SSD') }),
  }));
  // On a phone the chosen type's full name is in the size hint just below.
  return <ChoiceGroup<VolumeType> legend="Volume type" choices={choices} value={type} onChange={choose} columns={wide} />;
});
