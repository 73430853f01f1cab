import { DeletedDto } from '../../common/dto/offset-page.dto';
import { SessionDto } from '../../chat/dto/chat-response.dto';

export class CouncilMemberDto {
  id: number;
  name: string;
  role: string | null;
  persona_source: string | null;
  avatar: string | null;
  expertise: string[];
  enabled: boolean;
  display_order: number;
}

/** A council; `id` is the slug (the public id), members in display order. */
export class CouncilDto {
  id: string;
  slug: string;
  name: string;
  description: string | null;
  icon: string | null;
  color: string | null;
  enabled: boolean;
  members: CouncilMemberDto[];
  created_at: string;
  updated_at: string;
}

export class CouncilListDto {
  success: boolean;
  councils: CouncilDto[];
  total: number;
}

export class CouncilDeletedDto extends DeletedDto {
  /** The council's slug. */
  id: string;
}

export class CouncilMemberDeletedDto extends DeletedDto {
  id: number;
}

/** One message of a debate, classified. */
export class DebateEntryDto {
  id: number;
  role: string;
  author: string | null;
  kind: 'topic' | 'founder' | 'position' | 'synthesis' | 'other';
  round: number;
  /** Position order within its round (display order of the members when the round ran). */
  order: number | null;
  member_id: number | null;
  member_role: string | null;
  content: string;
  status: string;
  model: string | null;
  /** Why the text is offline or interrupted. */
  reason: string | null;
  created_at: string;
}

export class DebateRoundDto {
  round: number;
  /** The topic (round 1) and the founder's messages written while this round was the latest. */
  founder_messages: DebateEntryDto[];
  positions: DebateEntryDto[];
  /** The latest synthesis of the round (a re-synthesis supersedes the earlier ones). */
  synthesis: DebateEntryDto | null;
  syntheses: DebateEntryDto[];
}

/** A debate's transcript, grouped by round and rebuilt from the stored messages. */
export class DebateDto {
  success: boolean;
  session_id: string;
  /** The council's slug. */
  council_id: string;
  council_name: string;
  title: string;
  topic: string;
  round: number;
  max_rounds: number;
  /** Whether a round or synthesis is being generated now. */
  running: boolean;
  rounds: DebateRoundDto[];
  message_count: number;
  created_at: string;
  updated_at: string;
}

/** A debate in a council's list: its session plus topic, round and running flag. */
export class DebateSummaryDto extends SessionDto {
  topic: string;
  round: number;
  running: boolean;
}

export class DebateListDto {
  council_id: string;
  debates: DebateSummaryDto[];
  total: number;
  /** Pass as `cursor` for the next page; null on the last page. */
  next_cursor: string | null;
}

/** `POST …/debates/:session_id/messages`. */
export class DebateMessageAddedDto {
  success: boolean;
  session_id: string;
  council_id: string;
  /** The round the message counts for (the latest). */
  round: number;
  message: DebateEntryDto;
}
