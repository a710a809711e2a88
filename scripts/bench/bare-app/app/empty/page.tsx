/** Renders nothing, so the page downloads the framework's runtime alone. */
export default function EmptyPage() {
  return null;
}
