/**
 * A JSON-LD script element. `<` is written as `\u003c` so no string in the
 * data (a title such as `</script>`) can close the element early.
 */
export function JsonLd({ data }: { data: object }) {
  const json = JSON.stringify(data).replace(/</g, '\\u003c');
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: json }} />;
}
