import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Param, ParseIntPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { actorOf, CurrentPrincipal } from '../auth/principal';
import type { Principal } from '../auth/principal';
import { CouncilService } from './council.service';
import { CreateCouncilDto, CreateMemberDto, ListCouncilsQueryDto, UpdateCouncilDto, UpdateMemberDto } from './dto/council.dto';
import { CouncilDeletedDto, CouncilDto, CouncilListDto, CouncilMemberDeletedDto, CouncilMemberDto } from './dto/council-response.dto';

/** Expert councils; the public id is the slug (a rename keeps it). */
@ApiTags('Councils')
@ApiBearerAuth()
@Controller('councils')
export class CouncilController {
  constructor(private readonly councils: CouncilService) {}

  /** Councils with their members. */
  @Get()
  findAll(@Query() query: ListCouncilsQueryDto): Promise<CouncilListDto> {
    return this.councils.list(query);
  }

  /** One council with its members. */
  @Get(':slug')
  findOne(@Param('slug') slug: string): Promise<CouncilDto> {
    return this.councils.getOne(slug);
  }

  /** Creates a council. */
  @Post()
  create(@Body() dto: CreateCouncilDto, @CurrentPrincipal() principal: Principal): Promise<CouncilDto> {
    return this.councils.create(dto, actorOf(principal));
  }

  /** Changes a council's name, description, icon or colour. */
  @Patch(':slug')
  update(@Param('slug') slug: string, @Body() dto: UpdateCouncilDto, @CurrentPrincipal() principal: Principal): Promise<CouncilDto> {
    return this.councils.update(slug, dto, actorOf(principal));
  }

  /** Enables a council again. */
  @Post(':slug/enable')
  @HttpCode(HttpStatus.OK)
  enable(@Param('slug') slug: string, @CurrentPrincipal() principal: Principal): Promise<CouncilDto> {
    return this.councils.setEnabled(slug, true, actorOf(principal));
  }

  /** Disables a council: no new debates. */
  @Post(':slug/disable')
  @HttpCode(HttpStatus.OK)
  disable(@Param('slug') slug: string, @CurrentPrincipal() principal: Principal): Promise<CouncilDto> {
    return this.councils.setEnabled(slug, false, actorOf(principal));
  }

  /** Soft delete: answers `{ success, id, deleted }`. */
  @Delete(':slug')
  @HttpCode(HttpStatus.OK)
  remove(@Param('slug') slug: string, @CurrentPrincipal() principal: Principal): Promise<CouncilDeletedDto> {
    return this.councils.remove(slug, actorOf(principal));
  }

  /** Restores a soft-deleted council. */
  @Post(':slug/restore')
  @HttpCode(HttpStatus.OK)
  restore(@Param('slug') slug: string, @CurrentPrincipal() principal: Principal): Promise<CouncilDto> {
    return this.councils.restore(slug, actorOf(principal));
  }

  /** Adds an expert member to a council. */
  @Post(':slug/members')
  addMember(@Param('slug') slug: string, @Body() dto: CreateMemberDto, @CurrentPrincipal() principal: Principal): Promise<CouncilMemberDto> {
    return this.councils.addMember(slug, dto, actorOf(principal));
  }

  /** Changes a council member. */
  @Patch(':slug/members/:member_id')
  updateMember(
    @Param('slug') slug: string,
    @Param('member_id', ParseIntPipe) memberId: number,
    @Body() dto: UpdateMemberDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<CouncilMemberDto> {
    return this.councils.updateMember(slug, memberId, dto, actorOf(principal));
  }

  /** Removes a member from a council. */
  @Delete(':slug/members/:member_id')
  @HttpCode(HttpStatus.OK)
  removeMember(@Param('slug') slug: string, @Param('member_id', ParseIntPipe) memberId: number, @CurrentPrincipal() principal: Principal): Promise<CouncilMemberDeletedDto> {
    return this.councils.removeMember(slug, memberId, actorOf(principal));
  }
}
