// The smallest App Router layout: the baseline that `npm run weight` subtracts.
export default function RootLayout({ children }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
