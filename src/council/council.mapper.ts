import { CouncilCategory } from './entities/council-category.entity';
import { CouncilMember } from './entities/council-member.entity';
import { iso } from '../common/utils/iso';
import type { CouncilDto, CouncilMemberDto } from './dto/council-response.dto';


export function toMemberResponse(member: CouncilMember): CouncilMemberDto {
  return {
    id: member.id,
    name: member.name,
    role: member.role,
    persona_source: member.personaSource,
    avatar: member.avatar,
    expertise: member.expertise ?? [],
    enabled: member.enabled,
    display_order: member.displayOrder,
  };
}

/** `id` is the slug (the public id); members come in display order. */
export function toCouncilResponse(council: CouncilCategory, members: CouncilMember[]): CouncilDto {
  return {
    id: council.slug,
    slug: council.slug,
    name: council.name,
    description: council.description,
    icon: council.icon,
    color: council.color,
    enabled: council.enabled,
    members: [...members].sort(byDisplayOrder).map(toMemberResponse),
    created_at: iso(council.createdAt)!,
    updated_at: iso(council.updatedAt)!,
  };
}

export const byDisplayOrder = (a: CouncilMember, b: CouncilMember) => a.displayOrder - b.displayOrder || a.id - b.id;

export type CouncilResponse = CouncilDto;
export type MemberResponse = CouncilMemberDto;
