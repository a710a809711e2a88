import type { SiteConfig } from '@/site.config';

/** The block at the top of the home page: heading, a line about the writer, and links, all from `siteConfig.home`. */
export function HomeIntro({ title, intro, links }: SiteConfig['home']) {
  return (
    <section className="home-intro" aria-labelledby="home-intro-title">
      <h1 id="home-intro-title">{title}</h1>
      <p>{intro}</p>
      {links.length > 0 ? (
        <ul className="home-intro-links">
          {links.map((link) => (
            <li key={link.href}>
              <a href={link.href}>{link.label}</a>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
