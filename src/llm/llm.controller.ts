import { Controller, Get, HttpCode, HttpStatus, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { LlmStatusSnapshot } from './llm.types';
import { OllamaHealthService } from './ollama-health.service';

@ApiTags('LLM')
@ApiBearerAuth()
@Controller('llm')
export class LlmController {
  constructor(private readonly health: OllamaHealthService) {}

  /** Cached Ollama state (probes only when the cache is stale), queue and pause flag. */
  @Get('status')
  status(): Promise<LlmStatusSnapshot> {
    return this.health.current();
  }

  /** Probes Ollama now and returns the fresh state. */
  @Post('status/refresh')
  @HttpCode(HttpStatus.OK)
  refresh(): Promise<LlmStatusSnapshot> {
    return this.health.refresh();
  }
}
