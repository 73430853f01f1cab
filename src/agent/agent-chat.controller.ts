import { Body, Controller, HttpCode, HttpStatus, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal } from '../auth/principal';
import type { Principal } from '../auth/principal';
import { AgentChatDto } from '../chat/dto/chat-message.dto';
import { ChatThrottle } from '../common/decorators/throttle.decorators';
import { AgentChatService } from './agent-chat.service';
import { AgentChatReplyDto } from './dto/agent-response.dto';

@ApiTags('Agents')
@ApiBearerAuth()
@Controller('agents')
export class AgentChatController {
  constructor(private readonly agentChat: AgentChatService) {}

  /** Talks to one agent: stores the message and the agent's reply (offline text when the LLM is down). */
  @Post(':cell_id/chat')
  @HttpCode(HttpStatus.OK)
  @ChatThrottle()
  chat(@Param('cell_id') cellId: string, @Body() dto: AgentChatDto, @CurrentPrincipal() principal: Principal): Promise<AgentChatReplyDto> {
    return this.agentChat.chat(cellId, dto, principal);
  }
}
