import { memo } from 'react';
import { volumeSpec, volumeTypesFor, type VolumeType } from '../../domain';
import { ChoiceGroup } from '../../components/choice-group';
import { useActions, useEdition, useInput } from '../../store/view-hooks';
import { ebsActions } from './actions';
import { ebsState } from './params';
import { typeName } from './use-volume';

/** Memoised: it reads the store itself, so a size change in its parent does not redraw it. */
export const TypePicker = memo(function TypePicker() {
  const edition = useEdition();
  const type = useInput(ebsState, 'type');
  const { chooseVolumeType: choose } = useActions(ebsActions);
  const choices = volumeTypesFor(edition).map((t) => ({
    value: t,
    label: typeName(t, edition),
    description: volumeSpec(t, edition).label.replace(/^\S+ /, '').replace(/^Block Express$/, 'Provisioned IOPS SSD'),
  }));
  return <ChoiceGroup<VolumeType> legend="Volume type" choices={choices} value={type} onChange={choose} columns />;
});
