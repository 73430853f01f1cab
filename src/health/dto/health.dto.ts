/** `GET /health`: the process answers. */
export class LivenessDto {
  status: string;
  uptime_s: number;
}
