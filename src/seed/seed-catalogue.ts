import departmentsJson from '../../seeds/departments.json';
import councilsJson from '../../seeds/councils.json';
import chatCategoriesJson from '../../seeds/chat-categories.json';
import systemConfigJson from '../../seeds/system-config.json';
import { AGENT_ROLE_NAMES } from '../agent/agent-roles';
import type { AgentSeedRow } from '../agent/agent.service';
import { AGENT_ROLES } from '../agent/entities/agent.entity';
import type { ConfigType } from '../config/settings/system-config.entity';
import type { CouncilSeedRow } from '../council/council.service';
import type { DepartmentSeedRow } from '../department/department.service';
import { councilSlugOf } from '../council/council-slug';

/** The data files in `seeds/`, as they are written. */
interface DepartmentFileEntry {
  slug: string;
  name: string;
  description: string;
  color: string;
  icon: string;
  hidden: boolean;
  /** Persona names in role order; absent → "<role display name> <short department name>". */
  agent_names?: string[];
}

interface CouncilFileEntry {
  name: string;
  description: string;
  icon: string;
  color: string;
  members: Array<{ name: string; role: string; persona_source: string; avatar: string; expertise: string[] }>;
}

export interface ChatCategorySeedRow {
  name: string;
  description: string;
  icon: string;
  color: string;
  sort_order: number;
}

export interface ConfigDefaultSeedRow {
  key: string;
  value: unknown;
  type: ConfigType;
  description: string;
}

export interface SeedCatalogue {
  departments: DepartmentSeedRow[];
  /** `departmentId` is filled in once the departments exist. */
  agents: AgentSeedRow[];
  councils: CouncilSeedRow[];
  chatCategories: ChatCategorySeedRow[];
  configDefaults: ConfigDefaultSeedRow[];
}

const SEED_PERFORMANCE_SCORE = 95;

/** "Engineering & Technology" → "Engineering". */
export const shortDepartmentName = (name: string) => name.split('&')[0].trim();


/**
 * Expands the data files into rows: a department's position gives its sunflower_index (0-based),
 * its cell_id D<n> and its agents' cell_ids A<n><k> and sunflower_index n*10+k (n = position + 1,
 * k = role position 1–6).
 */
export function buildSeedCatalogue(
  departmentEntries: DepartmentFileEntry[] = departmentsJson as DepartmentFileEntry[],
  councilEntries: CouncilFileEntry[] = councilsJson as CouncilFileEntry[],
): SeedCatalogue {
  const departments: DepartmentSeedRow[] = [];
  const agents: AgentSeedRow[] = [];
  departmentEntries.forEach((entry, index) => {
    const n = index + 1;
    departments.push({
      slug: entry.slug,
      name: entry.name,
      description: entry.description,
      color: entry.color,
      icon: entry.icon ?? null,
      sunflowerIndex: index,
      cellId: `D${n}`,
      status: entry.hidden ? 'hidden' : 'active',
      hidden: entry.hidden,
    });
    AGENT_ROLES.forEach((role, roleIndex) => {
      const k = roleIndex + 1;
      const roleName = AGENT_ROLE_NAMES[role];
      agents.push({
        cellId: `A${n}${k}`,
        name: entry.agent_names?.[roleIndex] ?? `${roleName} ${shortDepartmentName(entry.name)}`,
        department: entry.slug,
        departmentId: null,
        role,
        type: roleName,
        capabilities: `Specialized in ${role} functions`,
        description: `${roleName} for ${entry.name}`,
        sunflowerIndex: n * 10 + k,
        performanceScore: SEED_PERFORMANCE_SCORE,
        status: 'active',
      });
    });
  });

  const councils: CouncilSeedRow[] = councilEntries.map((entry) => ({
    slug: councilSlugOf(entry.name),
    name: entry.name,
    description: entry.description,
    icon: entry.icon,
    color: entry.color,
    members: entry.members.map((member, index) => ({
      name: member.name,
      role: member.role,
      personaSource: member.persona_source,
      avatar: member.avatar,
      expertise: member.expertise,
      displayOrder: index + 1,
    })),
  }));

  return {
    departments,
    agents,
    councils,
    chatCategories: chatCategoriesJson as ChatCategorySeedRow[],
    configDefaults: systemConfigJson as ConfigDefaultSeedRow[],
  };
}
