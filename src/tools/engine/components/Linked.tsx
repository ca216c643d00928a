/** Words with links in them: `{name}` in the wording is replaced by the element given for `name`. */
import { Fragment, type ComponentChildren } from 'preact';

export function Linked({ text, parts }: { text: string; parts: Readonly<Record<string, ComponentChildren>> }) {
  return (
    <>
      {text.split(/(\{\w+\})/).map((piece, i) => {
        const name = /^\{(\w+)\}$/.exec(piece)?.[1];
        return <Fragment key={i}>{name && name in parts ? parts[name] : piece}</Fragment>;
      })}
    </>
  );
}
