// An empty page: what every App Router page costs before the site adds anything.
export default function EmptyPage() {
  return null;
}
