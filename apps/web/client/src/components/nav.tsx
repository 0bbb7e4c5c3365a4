import { Link } from '@tanstack/react-router';

export interface NavItem {
  to: string;
  label: string;
}

/** The site's main navigation: a list of links, the current page marked with aria-current. */
export const Nav = ({ label, items }: { label: string; items: NavItem[] }) => (
  <nav aria-label={label} className="vl-nav">
    <ul>
      {items.map((item) => (
        <li key={item.to}>
          <Link
            to={item.to}
            activeOptions={{ exact: true }}
            activeProps={{ 'aria-current': 'page', className: 'vl-nav__link vl-nav__link--active' }}
            className="vl-nav__link"
          >
            {item.label}
          </Link>
        </li>
      ))}
    </ul>
  </nav>
);
