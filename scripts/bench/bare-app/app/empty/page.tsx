/** An empty page: what it downloads is the framework's runtime alone. */
export default function EmptyPage() {
  return null;
}
