import { memo } from 'react';
import { sourceParts } from '../domain';

/**
 * A source as written in the model, with every reference it names turned into a link to the public
 * page (opening in a new tab) and the date its figure was read. Nothing is fetched until clicked.
 */
export const SourceText = memo(function SourceText({ source }: { source: string }) {
  return (
    <>
      {sourceParts(source).map((part, i) => (typeof part === 'string' ? part : (
        <span key={i}>
          <a href={part.href} target="_blank" rel="noopener noreferrer" className="underline decoration-dotted underline-offset-2 [overflow-wrap:anywhere] hover:decoration-solid">
            {part.text}
            <span className="sr-only"> (opens in a new tab)</span>
          </a>
          <span> [read {part.read}{part.kind === 'third-party' ? ', third-party' : ''}]</span>
        </span>
      )))}
    </>
  );
});
