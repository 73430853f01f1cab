import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { actorOf, CurrentPrincipal, type Principal } from '../auth/principal';
import { AgentService } from './agent.service';
import { AgentDeletedDto, AgentDto, AgentListDto } from './dto/agent-response.dto';
import { CreateAgentDto } from './dto/create-agent.dto';
import { AgentQueryDto, ListAgentsQueryDto } from './dto/list-agents-query.dto';
import { UpdateAgentDto, UpdateAgentQueryDto } from './dto/update-agent.dto';

@ApiTags('Agents')
@ApiBearerAuth()
@Controller('agents')
export class AgentController {
  constructor(private readonly agents: AgentService) {}

  /** Agents by id, keyset-paged (`next_cursor`); filter by department. */
  @Get()
  findAll(@Query() query: ListAgentsQueryDto): Promise<AgentListDto> {
    return this.agents.list(query);
  }

  /** One agent by cell id. */
  @Get(':cell_id')
  findOne(@Param('cell_id') cellId: string, @Query() query: AgentQueryDto): Promise<AgentDto> {
    return this.agents.getOne(cellId, query);
  }

  /** Creates an agent in a department (`agent.created`). */
  @Post()
  create(@Body() dto: CreateAgentDto, @CurrentPrincipal() principal: Principal): Promise<AgentDto> {
    return this.agents.create(dto, actorOf(principal));
  }

  /** Changes an agent (`agent.updated`); fields left out stay as they are. */
  @Patch(':cell_id')
  update(@Param('cell_id') cellId: string, @Body() dto: UpdateAgentDto, @Query() query: UpdateAgentQueryDto, @CurrentPrincipal() principal: Principal): Promise<AgentDto> {
    return this.agents.update(cellId, dto, actorOf(principal), query);
  }

  /** Soft delete: answers `{ success, cell_id, deleted }` (200, the original's clients read the body). */
  @Delete(':cell_id')
  @HttpCode(HttpStatus.OK)
  remove(@Param('cell_id') cellId: string, @CurrentPrincipal() principal: Principal): Promise<AgentDeletedDto> {
    return this.agents.remove(cellId, actorOf(principal));
  }
}
