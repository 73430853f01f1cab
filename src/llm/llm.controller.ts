import { Controller, Get, HttpCode, HttpStatus, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { OllamaHealthService } from './ollama-health.service';
import { LlmStatusDto } from './dto/llm-status.dto';

@ApiTags('LLM')
@ApiBearerAuth()
@Controller('llm')
export class LlmController {
  constructor(private readonly health: OllamaHealthService) {}

  /** Cached Ollama state (probes only when the cache is stale), queue and pause flag. */
  @Get('status')
  status(): Promise<LlmStatusDto> {
    return this.health.current();
  }

  /** Probes Ollama now and returns the fresh state. */
  @Post('status/refresh')
  @HttpCode(HttpStatus.OK)
  refresh(): Promise<LlmStatusDto> {
    return this.health.refresh();
  }
}
