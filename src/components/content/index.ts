/** The components every MDX page can use without importing them. */
import Cite from './Cite.astro';
import Differ from './Differ.astro';
import Inset from './Inset.astro';
import Warning from './Warning.astro';
import Details from './Details.astro';
import Strength from './Strength.astro';
import DataTable from './DataTable.astro';
import WhoLeadsTable from '../../tools/who-should-lead/WhoLeadsTable.astro';
import LocalContact from '../contacts/LocalContact.astro';
import ExternalLink from './ExternalLink.astro';
import HelpRoutes from '../families/HelpRoutes.astro';

export const mdxComponents = { Cite, Differ, Inset, Warning, Details, Strength, DataTable, WhoLeadsTable, LocalContact, ExternalLink, HelpRoutes };
