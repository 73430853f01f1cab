import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Param, ParseIntPipe, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { actorOf, CurrentPrincipal } from '../auth/principal';
import type { Principal } from '../auth/principal';
import { FounderOnly } from '../common/decorators/auth.decorators';
import { ConnectionService } from './connection.service';
import { CreateConnectionDto, UpdateConnectionDto } from './dto/connection.dto';
import { ConnectionDeletedDto, ConnectionDto, ConnectionListDto, ConnectionTestDto, ToolListDto } from './dto/connection-response.dto';

/** Founder only, reads included. Credentials go in, never out. */
@ApiTags('Connections')
@ApiBearerAuth()
@FounderOnly()
@Controller('connections')
export class ConnectionController {
  constructor(private readonly connections: ConnectionService) {}

  /** Known tools and their credential fields. */
  @Get('tools')
  tools(): ToolListDto {
    return this.connections.tools();
  }

  /** Upsert by tool_name (409 when the server has no ENCRYPTION_KEY). */
  @Post()
  create(@Body() dto: CreateConnectionDto, @CurrentPrincipal() principal: Principal): Promise<ConnectionDto> {
    return this.connections.upsert(dto, actorOf(principal));
  }

  /** Every stored tool connection (credentials never included). */
  @Get()
  findAll(): Promise<ConnectionListDto> {
    return this.connections.list();
  }

  /** One connection (credentials never included). */
  @Get(':id')
  findOne(@Param('id', ParseIntPipe) id: number): Promise<ConnectionDto> {
    return this.connections.findOne(id);
  }

  /** Changes a connection's name, credentials or settings. */
  @Patch(':id')
  update(@Param('id', ParseIntPipe) id: number, @Body() dto: UpdateConnectionDto, @CurrentPrincipal() principal: Principal): Promise<ConnectionDto> {
    return this.connections.update(id, dto, actorOf(principal));
  }

  /** Deletes a connection and its stored credentials. */
  @Delete(':id')
  @HttpCode(HttpStatus.OK)
  remove(@Param('id', ParseIntPipe) id: number, @CurrentPrincipal() principal: Principal): Promise<ConnectionDeletedDto> {
    return this.connections.remove(id, actorOf(principal));
  }

  /** Decrypts and checks the stored credentials; stores the outcome as status / last_checked / last_error. */
  @Post(':id/test')
  @HttpCode(HttpStatus.OK)
  test(@Param('id', ParseIntPipe) id: number, @CurrentPrincipal() principal: Principal): Promise<ConnectionTestDto> {
    return this.connections.test(id, actorOf(principal));
  }
}
