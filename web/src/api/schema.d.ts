// Generated from openapi.json by `npm run api:generate`. Do not edit: change the DTOs or controllers.

export interface paths {
    "/api/v1/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Replay: events after `after_id`, ascending; page with `next_after_id`. */
        get: operations["eventsFindAll"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Event counts by type over the last `hours`. */
        get: operations["eventsStats"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events/prune": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Retention: keeps the newest `keep` rows; the chain stays verifiable from the recorded anchor. */
        post: operations["eventsPrune"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who the cookie (or bearer) is; re-issues the CSRF cookie when it went missing. */
        get: operations["browserSessionCurrent"];
        put?: never;
        /** Exchanges a pasted token for an HttpOnly session cookie and a CSRF token (the dashboard's login). */
        post: operations["browserSessionLogin"];
        /** Clears the session cookies (logout). */
        delete: operations["browserSessionLogout"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Newest first, keyset-paged (`next_cursor`); filter by status, agent, department. */
        get: operations["taskFindAll"];
        put?: never;
        /** Creates a task for a department or an agent (`task.created`). */
        post: operations["taskCreate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tasks/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Task counts by status. */
        get: operations["taskStats"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tasks/{task_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One task. */
        get: operations["taskFindOne"];
        put?: never;
        post?: never;
        /** Hard delete: answers `{ success, task_id, deleted }` (200). */
        delete: operations["taskRemove"];
        options?: never;
        head?: never;
        /** Changes a task's title, description, priority or progress. */
        patch: operations["taskUpdate"];
        trace?: never;
    };
    "/api/v1/tasks/{task_id}/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Starts a pending task. */
        post: operations["taskStart"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tasks/{task_id}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Marks a running task completed, with its result. */
        post: operations["taskComplete"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tasks/{task_id}/fail": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Marks a running task failed, with the error. */
        post: operations["taskFail"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tasks/{task_id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancels a pending or running task. */
        post: operations["taskCancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agents/activity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every visible agent's current activity. */
        get: operations["agentTaskListActivity"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agents/{cell_id}/activity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One agent's current activity and task counts. */
        get: operations["agentTaskAgentActivity"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agents/{cell_id}/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An agent's tasks, newest first, filtered by status. */
        get: operations["agentTaskAgentTasks"];
        put?: never;
        /** Gives an agent a new task (`task.created`). */
        post: operations["agentTaskCreateAgentTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/departments/{slug}/activity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The activity of a department's agents. */
        get: operations["departmentActivityDepartmentActivity"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/voice/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether talking and listening are on, and the voices in use. */
        get: operations["voiceStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/voice/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Daena's settings (defaults until first changed). */
        get: operations["voiceGetSettings"];
        put?: never;
        /**
         * Update Daena's voice settings (original method)
         * @description Alias of `PATCH /voice/settings`.
         */
        post: operations["compatSystemUpdateVoiceSettings"];
        delete?: never;
        options?: never;
        head?: never;
        /** Changes Daena's voice settings. */
        patch: operations["voiceUpdateSettings"];
        trace?: never;
    };
    "/api/v1/voice/talk": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Turns talking on or off. */
        post: operations["voiceTalk"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/voice/listen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Turns listening on or off. */
        post: operations["voiceListen"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/voice/reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Resets Daena's voice settings (and the agents' with include_agents). */
        post: operations["voiceReset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/voice/agents/{cell_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One agent's voice settings (defaults until first changed). */
        get: operations["voiceGetAgent"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Changes one agent's voice settings. */
        patch: operations["voiceUpdateAgent"];
        trace?: never;
    };
    "/api/v1/voice/agents/{cell_id}/reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Resets one agent's voice settings to the defaults. */
        post: operations["voiceResetAgent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/connections/tools": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Known tools and their credential fields. */
        get: operations["connectionTools"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/connections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every stored tool connection (credentials never included). */
        get: operations["connectionFindAll"];
        put?: never;
        /** Upsert by tool_name (409 when the server has no ENCRYPTION_KEY). */
        post: operations["connectionCreate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/connections/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One connection (credentials never included). */
        get: operations["connectionFindOne"];
        put?: never;
        post?: never;
        /** Deletes a connection and its stored credentials. */
        delete: operations["connectionRemove"];
        options?: never;
        head?: never;
        /** Changes a connection's name, credentials or settings. */
        patch: operations["connectionUpdate"];
        trace?: never;
    };
    "/api/v1/connections/{id}/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Decrypts and checks the stored credentials; stores the outcome as status / last_checked / last_error. */
        post: operations["connectionTest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness: the process answers. */
        get: operations["healthLive"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness: the process answers. */
        get: operations["healthLiveAlias1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Readiness: the database answers; the LLM is reported (degraded, not failed, when down). */
        get: operations["healthReady"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/health/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Readiness: the database answers; the LLM is reported (degraded, not failed, when down). */
        get: operations["healthReadyAlias1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/llm/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Cached Ollama state (probes only when the cache is stale), queue and pause flag. */
        get: operations["llmStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/llm/status/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Probes Ollama now and returns the fresh state. */
        post: operations["llmRefresh"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Prometheus text exposition: HTTP, LLM, socket and event-log series (docs/operations.md). */
        get: operations["metricsScrape"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/chat-history/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Sessions, newest activity first, filtered by scope and category; keyset pages via `next_cursor`. */
        get: operations["chatHistoryFindAll"];
        put?: never;
        /** Creates an empty chat session (200, as the original answered: its clients check for it). */
        post: operations["chatHistoryCreate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/chat-history/sessions/{session_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One session with its metadata. */
        get: operations["chatHistoryFindOne"];
        /**
         * Rename or recategorise a session (original method)
         * @description Alias of `PATCH /chat-history/sessions/:session_id`.
         */
        put: operations["compatChatHistoryUpdate"];
        post?: never;
        /** Soft-deletes a session (restorable). */
        delete: operations["chatHistoryRemove"];
        options?: never;
        head?: never;
        /** Changes a session's title, category or context. */
        patch: operations["chatHistoryUpdate"];
        trace?: never;
    };
    "/api/v1/chat-history/sessions/{session_id}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Restores a soft-deleted session. */
        post: operations["chatHistoryRestore"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/chat-history/sessions/{session_id}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A session's messages, oldest first; page back with `before_id`, forward with `after_id`. */
        get: operations["chatHistoryMessages"];
        put?: never;
        /** Store a message without asking the LLM (idempotent by client_message_id). */
        post: operations["chatHistoryAddMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/chat-history/sessions/{session_id}/messages/{message_id}/regenerate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Generates again an offline or interrupted reply, in place, once the brain is back. */
        post: operations["chatHistoryRegenerate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/chat-history/sessions/{session_id}/messages/{message_id}/stop": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Stops a streaming reply: it ends `interrupted` with the text so far. */
        post: operations["chatHistoryStop"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/chat-history/get-or-create-session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The session for this id or thread key, created when missing (idempotent). */
        post: operations["chatHistoryGetOrCreate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/chat-history/categories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The chat categories with their session counts. */
        get: operations["chatHistoryCategories"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Agents by id, keyset-paged (`next_cursor`); filter by department. */
        get: operations["agentFindAll"];
        put?: never;
        /** Creates an agent in a department (`agent.created`). */
        post: operations["agentCreate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agents/{cell_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One agent by cell id. */
        get: operations["agentFindOne"];
        put?: never;
        post?: never;
        /** Soft delete: answers `{ success, cell_id, deleted }` (200, the original's clients read the body). */
        delete: operations["agentRemove"];
        options?: never;
        head?: never;
        /** Changes an agent (`agent.updated`); fields left out stay as they are. */
        patch: operations["agentUpdate"];
        trace?: never;
    };
    "/api/v1/agents/{cell_id}/chat": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Talks to one agent: stores the message and the agent's reply (offline text when the LLM is down). */
        post: operations["agentChatChat"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/departments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Departments by sunflower_index; hidden ones only with include_hidden=true. */
        get: operations["departmentFindAll"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/departments/{slug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One department with its agents. */
        get: operations["departmentFindOne"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/departments/{slug}/agents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A department's agents, in role order. */
        get: operations["departmentFindAgents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/departments/{slug}/chat": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Asks a department: its spokesperson answers after consulting its agents (or one agent, in direct mode). */
        post: operations["departmentChatChat"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/departments/{slug}/chat/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** This department's chat sessions, newest activity first. */
        get: operations["departmentChatSessions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/departments/{slug}/chat/sessions/{session_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One session of this department with its messages (403 when it belongs to another scope). */
        get: operations["departmentChatSession"];
        put?: never;
        post?: never;
        /**
         * Delete a department's chat session (original route)
         * @description Soft delete, as `DELETE /chat-history/sessions/:session_id`; 403 for another scope's session.
         */
        delete: operations["compatChatDeleteDepartmentSession"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/councils": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Councils with their members. */
        get: operations["councilFindAll"];
        put?: never;
        /** Creates a council. */
        post: operations["councilCreate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/councils/{slug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One council with its members. */
        get: operations["councilFindOne"];
        put?: never;
        post?: never;
        /** Soft delete: answers `{ success, id, deleted }`. */
        delete: operations["councilRemove"];
        options?: never;
        head?: never;
        /** Changes a council's name, description, icon or colour. */
        patch: operations["councilUpdate"];
        trace?: never;
    };
    "/api/v1/councils/{slug}/enable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Enables a council again. */
        post: operations["councilEnable"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/councils/{slug}/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Disables a council: no new debates. */
        post: operations["councilDisable"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/councils/{slug}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Restores a soft-deleted council. */
        post: operations["councilRestore"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/councils/{slug}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Adds an expert member to a council. */
        post: operations["councilAddMember"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/councils/{slug}/members/{member_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Removes a member from a council. */
        delete: operations["councilRemoveMember"];
        options?: never;
        head?: never;
        /** Changes a council member. */
        patch: operations["councilUpdateMember"];
        trace?: never;
    };
    "/api/v1/councils/{slug}/debates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A council's debates, newest first. */
        get: operations["councilDebateFindAll"];
        put?: never;
        /** Opens the debate and runs round 1; answers with the transcript. */
        post: operations["councilDebateStart"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/councils/{slug}/debates/{session_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One debate with its transcript. */
        get: operations["councilDebateFindOne"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/councils/{slug}/debates/{session_id}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Adds a founder message to the debate; the members answer in the next round. */
        post: operations["councilDebateAddMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/councils/{slug}/debates/{session_id}/rounds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Runs the next debate round (each member states a position). */
        post: operations["councilDebateNextRound"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/councils/{slug}/debates/{session_id}/synthesize": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Writes the council's synthesis (its recommendation) of the debate. */
        post: operations["councilDebateSynthesize"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Event log rows newest first, filtered; keyset pages via `next_cursor`. */
        get: operations["auditFindAll"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Counts by type, by actor and per UTC hour over `since`..`until`. */
        get: operations["auditStats"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The filtered rows as a streamed CSV or JSONL download, ascending by id. */
        get: operations["auditExport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Walks the hash chain and names the first row that does not match. */
        get: operations["auditVerify"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/founder/config": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every known key with its value, type, default, version and updated_at. */
        get: operations["founderConfigFindAll"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/founder/config/{key}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One config key with its value, type, default and version. */
        get: operations["founderConfigFindOne"];
        /** Sets a value of the key's type (400 otherwise, nothing stored); a new version and `config.updated`. */
        put: operations["founderConfigUpdate"];
        post?: never;
        /** Back to the default value, recorded as a new version. */
        delete: operations["founderConfigRemove"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/founder/config/{key}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Versions, newest first. */
        get: operations["founderConfigHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/founder/config/{key}/rollback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Makes the value of `version` current again, as a new version. */
        post: operations["founderConfigRollback"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/founder/dashboard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Real counts, maintenance / emergency / LLM state and the latest founder actions. */
        get: operations["founderDashboard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/founder/emergency-stop": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Aborts every running generation and refuses new ones until released. */
        post: operations["founderEmergencyStop"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/founder/emergency-stop/release": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Releases the emergency stop: generations are accepted again. */
        post: operations["founderReleaseEmergency"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/founder/hidden-departments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The hidden departments (founder only). */
        get: operations["founderHiddenDepartments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/founder/departments/{slug}/reveal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Makes a hidden department visible again. */
        post: operations["founderReveal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/founder/departments/{slug}/hide": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Hides a department from viewer tokens. */
        post: operations["founderHide"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/founder/reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** `{ confirm: true }`: every known key back to its default; history is kept. */
        post: operations["founderReset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/daena/chat/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Opens a new session with Daena and answers with her greeting (200, as the original answered). */
        post: operations["daenaStart"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/daena/chat": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sends the founder's message to Daena and answers with her reply (idempotent by client_message_id). */
        post: operations["daenaChat"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/daena/chat/stream": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Server-sent events: `session`, `token`*, then `done` or `error`. */
        post: operations["daenaStream"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/daena/chat/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Daena's sessions, newest activity first, filtered by category. */
        get: operations["daenaSessions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/daena/chat/{session_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One Daena session with its messages; page back with `before_id`. */
        get: operations["daenaSession"];
        put?: never;
        post?: never;
        /** Soft-deletes a Daena session (restorable). */
        delete: operations["daenaRemove"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/daena/chat/{session_id}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Restores a soft-deleted Daena session. */
        post: operations["daenaRestore"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/daena/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Daena's state: the LLM she speaks through and her sessions. */
        get: operations["daenaStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Full-text search over every message and session title
         * @description Ranked (BM25 on SQLite, ts_rank_cd on PostgreSQL), with a highlighted snippet and the session and message to open. Soft-deleted sessions only with include_deleted=true; hidden departments (and their agents) only for the founder.
         */
        get: operations["searchSearch"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/founder/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export the whole company as a bundle (JSON Lines, optionally gzipped), streamed
         * @description Sections in dependency order, each with its row count and SHA-256, then a manifest. Read from one database snapshot. See docs/export-import.md.
         */
        get: operations["transferExport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/founder/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import a bundle, or an Open WebUI / LibreChat chat export, sent as the raw body
         * @description Validates everything before writing (version, checksums, references, hash chain); then one transaction. Into an empty database: restores every row with its id. Otherwise: merges by natural keys and reports conflicts. Body content type: application/x-ndjson, application/gzip, application/octet-stream.
         */
        post: operations["transferImport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/daena/chat/{session_id}/message": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Daena turn in a known session (original route)
         * @description Alias of `POST /daena/chat` with `session_id`; 404 for an unknown session.
         */
        post: operations["compatChatDaenaSessionMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agents/department/{department_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A department's agents (original route)
         * @description Alias of `GET /agents?department=`; the department by slug or numeric id.
         */
        get: operations["compatChatAgentsOfDepartment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agents/{cell_id}/chat/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An agent's chat history (original route)
         * @description The agent's sessions (as `GET /chat-history/sessions?scope_type=agent&scope_id=`) and the newest one's messages.
         */
        get: operations["compatChatAgentChatHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agents/{cell_id}/reset-to-default": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reset an agent to its default role (original route)
         * @description The role its cell implies, that role's name, status active; through `PATCH /agents/:cell_id` (`agent.updated`).
         */
        post: operations["compatChatResetAgent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/chat-history/departments/{department_id}/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * New department session (original route)
         * @description Alias of `POST /chat-history/sessions` with scope department/<slug>.
         */
        post: operations["compatChatHistoryCreateDepartmentSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/chat-history/departments/chats/all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every department's sessions (original route)
         * @description Alias of `GET /chat-history/sessions?scope_type=department`.
         */
        get: operations["compatChatHistoryAllDepartmentChats"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/chat-history/departments/{department_id}/chats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A department's sessions (original route)
         * @description Alias of `GET /departments/:slug/chat/sessions`.
         */
        get: operations["compatChatHistoryDepartmentChats"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/chat-history/scope/{scope_type}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Sessions of one scope type (original route)
         * @description Alias of `GET /chat-history/sessions?scope_type=`.
         */
        get: operations["compatChatHistorySessionsOfScope"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/chat-history/categories/{category}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Sessions of one category (original route)
         * @description Alias of `GET /chat-history/sessions?category=`; a free-form category matches the stored one.
         */
        get: operations["compatChatHistorySessionsOfCategory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/chat-history/sessions-by-category/{category}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Sessions of one category, original shape (original route)
         * @description As `GET /chat-history/categories/:category`, each session with `last_message_at`.
         */
        get: operations["compatChatHistorySessionsByCategory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events/recent": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Recent events (original route)
         * @description Newest first; with `since_event_id`, the events after it ascending. Ours: `GET /events?after_id=`.
         */
        get: operations["compatSystemRecentEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit/logs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Audit log (original route)
         * @description The newest event-log rows as `{ logs: [...] }`. Ours: `GET /audit/events`.
         */
        get: operations["compatSystemAuditLogs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/brain/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Brain status (original route)
         * @description `status: "operational" | "offline"` from the cached Ollama state. Ours: `GET /llm/status`.
         */
        get: operations["compatSystemBrainStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/brain/list-models": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Models Ollama reports (original route)
         * @description Ours: `GET /llm/status` (`models`).
         */
        get: operations["compatSystemBrainListModels"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/brain/models": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Models Ollama reports (original route)
         * @description Same answer as `GET /brain/list-models`.
         */
        get: operations["compatSystemBrainModels"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/voice/talk-mode": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Talk mode on or off (original route)
         * @description Alias of `POST /voice/talk`.
         */
        post: operations["compatSystemTalkMode"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/voice/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Voice self-test (original route)
         * @description Reports that speech synthesis is not available (this server stores voice settings only).
         */
        get: operations["compatSystemVoiceTest"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/founder-panel/dashboard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Founder dashboard (original route)
         * @description Alias of `GET /founder/dashboard`.
         */
        get: operations["founderPanelDashboard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/founder-panel/hidden-departments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Hidden departments (original route)
         * @description Alias of `GET /founder/hidden-departments`.
         */
        get: operations["founderPanelHiddenDepartments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/founder-panel/hidden-departments/{slug}/reveal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reveal a hidden department (original route)
         * @description Alias of `POST /founder/departments/:slug/reveal`.
         */
        post: operations["founderPanelReveal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/founder-panel/hidden-departments/{slug}/hide": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Hide a department
         * @description Alias of `POST /founder/departments/:slug/hide`.
         */
        post: operations["founderPanelHide"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/founder-panel/overrides": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Overrides (original route)
         * @description Our overrides are the typed config keys: alias of `GET /founder/config`.
         */
        get: operations["founderPanelOverrides"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/founder-panel/override": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Apply an override (original route)
         * @description `action: "emergency_stop"` is `POST /founder/emergency-stop`; any other action sets the config key `target` to `value` (`PUT /founder/config/:key`).
         */
        post: operations["founderPanelOverride"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/founder-panel/system/emergency-controls": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Emergency controls (original route)
         * @description The emergency stop and its state.
         */
        get: operations["founderPanelEmergencyControls"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/founder-panel/system/emergency/stop-all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Emergency stop (original route)
         * @description Alias of `POST /founder/emergency-stop`.
         */
        post: operations["founderPanelStopAll"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/founder-panel/emergency-stop": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Emergency stop
         * @description Alias of `POST /founder/emergency-stop`.
         */
        post: operations["founderPanelEmergencyStop"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/founder-panel/emergency-stop/release": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Release the emergency stop
         * @description Alias of `POST /founder/emergency-stop/release`.
         */
        post: operations["founderPanelReleaseEmergency"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/founder-panel/system/maintenance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Maintenance mode on or off (original route)
         * @description Alias of `PUT /founder/config/maintenance_mode`.
         */
        post: operations["founderPanelMaintenance"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        EventEnvelopeDto: {
            /** @description Ascending; replay with `after_id` / the socket's `last_event_id`. Null only for transient events (never in the log). */
            id: number | null;
            /** @description `domain.verb` past tense, e.g. `chat.message.created` (docs/events.md lists them). */
            event_type: string;
            entity_type: string;
            entity_id: string | null;
            payload: {
                [key: string]: unknown;
            };
            actor: string;
            created_at: string;
        };
        EventPageDto: {
            events: components["schemas"]["EventEnvelopeDto"][];
            /** @description Pass as `after_id` for the next page (the same `after_id` when nothing came). */
            next_after_id: number;
            has_more: boolean;
            /** @description Events after `after_id` were pruned: reload state instead of continuing. */
            resync_required: boolean;
        };
        HourCountDto: {
            /** @description The UTC hour's start (ISO 8601). */
            hour: string;
            count: number;
        };
        DayCountDto: {
            /** @description The UTC day (YYYY-MM-DD). */
            day: string;
            count: number;
        };
        EventStatsDto: {
            total_events: number;
            latest_event_id: number;
            /** @description The `hours` asked for; null for all time. */
            period_hours: number | null;
            /** @description Event counts by event_type. */
            by_type: {
                [key: string]: number;
            };
            /** @description Events per UTC hour over the period (the last 24 h when no `hours`). */
            per_hour: components["schemas"]["HourCountDto"][];
            /** @description `chat.message.created` per UTC day over the last 14 days. */
            messages_per_day: components["schemas"]["DayCountDto"][];
        };
        PruneEventsDto: {
            /** @description How many of the newest rows to keep (at least one, so ids are never reused). */
            keep: number;
        };
        ChainAnchorDto: {
            id: number;
            hash: string;
        };
        PruneResultDto: {
            pruned: number;
            /** @description The retention anchor after the prune (unchanged when nothing was pruned). */
            anchor: components["schemas"]["ChainAnchorDto"] | null;
            oldest_id: number | null;
            latest_id: number;
        };
        LoginDto: {
            /** @description A founder or viewer API token */
            token: string;
        };
        BrowserSessionResponse: {
            /** @enum {string} */
            role: "founder" | "viewer";
            /** @description Also set as the daena_csrf cookie; send it back as X-CSRF-Token on writes */
            csrf_token: string;
        };
        LogoutResponse: {
            success: boolean;
        };
        CreateTaskDto: {
            /** @example Review Q4 strategy */
            title: string;
            description?: string;
            /**
             * @default medium
             * @enum {string}
             */
            priority: "low" | "medium" | "high" | "urgent";
            /** @enum {string} */
            owner_type: "agent" | "department";
            /**
             * @description Agent cell_id or department slug
             * @example A11
             */
            owner_id: string;
            /** @description Agent cell_id; for an agent owner it is the owner; for a department, one of its agents */
            assigned_agent_id?: string;
            /** @description Free-form input of the task */
            payload?: {
                [key: string]: unknown;
            };
        };
        TaskDto: {
            /** @description The task_id, as the original's clients read `id`. */
            id: string;
            task_id: string;
            title: string;
            description: string | null;
            /** @description pending | running | completed | failed | cancelled */
            status: string;
            /** @description The original's human line: "Queued", "In progress - 40%", "Completed 5 min ago", … */
            status_text: string;
            /** @description low | medium | high | urgent */
            priority: string;
            progress: number;
            /** @description department | agent */
            owner_type: string;
            owner_id: string | null;
            assigned_agent_id: string | null;
            /** @description Department slug. */
            department_id: string | null;
            payload: {
                [key: string]: unknown;
            } | null;
            result: {
                [key: string]: unknown;
            } | null;
            started_at: string | null;
            completed_at: string | null;
            created_at: string;
            updated_at: string;
        };
        TaskListDto: {
            tasks: components["schemas"]["TaskDto"][];
            total: number;
            /** @description Pass as `cursor` for the next page; null on the last page. */
            next_cursor: string | null;
        };
        TaskStatsDto: {
            total: number;
            /** @description pending + running. */
            active: number;
            /** @description Counts by status (every status present, 0 when none). */
            by_status: {
                [key: string]: number;
            };
            /** @description Counts by priority (every priority present). */
            by_priority: {
                [key: string]: number;
            };
            /** @description completed / (completed + failed); null before any task finished. */
            success_rate: number | null;
        };
        UpdateTaskDto: {
            title?: string;
            description?: Record<string, never> | null;
            /** @enum {string} */
            priority?: "low" | "medium" | "high" | "urgent";
            /** @description Only while the task is running */
            progress?: number;
        };
        CompleteTaskDto: {
            /** @description Outcome, stored as the task result */
            result?: {
                [key: string]: unknown;
            };
        };
        FailTaskDto: {
            /** @description Outcome, stored as the task result */
            result?: {
                [key: string]: unknown;
            };
            /** @description Why it failed (stored in the result as `error`) */
            error?: string;
        };
        TaskDeletedDto: {
            task_id: string;
            success: boolean;
            deleted: boolean;
        };
        CurrentTaskDto: {
            task_id: string;
            title: string;
            progress: number;
            started_at: string | null;
        };
        ActivityMetricsDto: {
            tasks_completed: number;
            tasks_failed: number;
            success_rate: number | null;
        };
        AgentActivityDto: {
            agent_id: string;
            agent_name: string;
            /** @description Department slug. */
            department: string;
            department_name: string | null;
            /**
             * @description working: a running task; waiting: pending ones only; idle; offline: the agent is not active.
             * @enum {string}
             */
            status: "offline" | "idle" | "working" | "waiting";
            current_task: components["schemas"]["CurrentTaskDto"] | null;
            pending_tasks: number;
            /** @description Newest of: the agent's last task change, its last task event or chat message in the log; null if none. */
            last_activity: string | null;
            metrics: components["schemas"]["ActivityMetricsDto"];
        };
        ActivitySummaryDto: {
            working: number;
            waiting: number;
            idle: number;
            offline: number;
        };
        AgentActivityListDto: {
            agents: components["schemas"]["AgentActivityDto"][];
            total: number;
            summary: components["schemas"]["ActivitySummaryDto"];
        };
        AgentTaskItemDto: {
            id: string;
            task_id: string;
            title: string;
            description: string | null;
            status: string;
            status_text: string;
            priority: string;
            progress: number;
            created_at: string;
        };
        AgentTaskListDto: {
            success: boolean;
            agent_id: string;
            agent_name: string;
            tasks: components["schemas"]["AgentTaskItemDto"][];
            count: number;
        };
        CreateAgentTaskDto: {
            /** @example Review Q4 strategy */
            title: string;
            description?: string;
            /**
             * @default medium
             * @enum {string}
             */
            priority: "low" | "medium" | "high" | "urgent";
        };
        AgentTaskCreatedDto: {
            success: boolean;
            task: components["schemas"]["AgentTaskItemDto"];
            message: string;
        };
        DepartmentActivityDto: {
            agents: components["schemas"]["AgentActivityDto"][];
            total: number;
            summary: components["schemas"]["ActivitySummaryDto"];
            /** @description Department slug. */
            department: string;
            department_name: string;
        };
        VoiceSettingsDto: {
            /** @description `daena` or the agent's cell_id. */
            target: string;
            /** @description null for Daena. */
            agent_id: string | null;
            name: string;
            talk_active: boolean;
            listen_active: boolean;
            voice_id: string | null;
            volume: number;
            rate: number;
            pitch: number;
            /** @description True when nothing is stored yet and the defaults apply. */
            is_default: boolean;
            updated_at: string | null;
        };
        VoiceAgentCountsDto: {
            /** @description Agents with stored (non-default) settings. */
            with_settings: number;
            talk_active: number;
            listen_active: number;
        };
        VoiceStatusDto: {
            status: string;
            /** @description Always false: this service keeps voice state only, it does not speak or listen. */
            speech_available: boolean;
            talk_active: boolean;
            listen_active: boolean;
            settings: components["schemas"]["VoiceSettingsDto"];
            agents: components["schemas"]["VoiceAgentCountsDto"];
        };
        UpdateVoiceSettingsDto: {
            /** @description Speak replies aloud */
            talk_active?: boolean;
            /** @description Listen for the wake word */
            listen_active?: boolean;
            /** @description Voice (clone) id; null clears it */
            voice_id?: Record<string, never> | null;
            volume?: number;
            /** @description Words per minute */
            rate?: number;
            /** @description Pitch multiplier */
            pitch?: number;
        };
        ToggleVoiceDto: {
            enabled: boolean;
        };
        VoiceToggleDto: {
            success: boolean;
            /** @enum {string} */
            mode: "talk" | "listen";
            enabled: boolean;
            /** @description False when the mode already had this value. */
            changed: boolean;
            settings: components["schemas"]["VoiceSettingsDto"];
        };
        ResetVoiceDto: {
            /**
             * @description Also reset every agent's voice settings
             * @default false
             */
            include_agents: boolean;
        };
        VoiceResetDto: {
            success: boolean;
            /** @description Whether stored settings were removed. */
            reset: boolean;
            settings: components["schemas"]["VoiceSettingsDto"];
        };
        ToolFieldDto: {
            name: string;
            description: string;
            format: string;
        };
        ToolDto: {
            tool_name: string;
            display_name: string;
            category: string;
            description: string;
            required_fields: components["schemas"]["ToolFieldDto"][];
            optional_fields: components["schemas"]["ToolFieldDto"][];
            /** @description Whether the test also makes a network request. */
            live_check: boolean;
        };
        ToolListDto: {
            tools: components["schemas"]["ToolDto"][];
            total: number;
        };
        CreateConnectionDto: {
            /** @example github */
            tool_name: string;
            /**
             * @description Secret fields (string values); stored encrypted, never returned
             * @example {
             *       "token": "ghp_…"
             *     }
             */
            credentials: {
                [key: string]: unknown;
            };
            /** @description Non-secret settings (returned as stored) */
            settings?: {
                [key: string]: unknown;
            };
            display_name?: string;
        };
        ConnectionDto: {
            id: number;
            tool_name: string;
            display_name: string | null;
            /** @description configured (stored, not yet tested) | connected (last test passed) | error (last test failed) | disconnected (no credentials) */
            status: string;
            has_credentials: boolean;
            /** @description Names only: values are never returned. */
            credential_fields: string[];
            settings: {
                [key: string]: unknown;
            };
            last_checked: string | null;
            last_error: string | null;
            created_at: string;
            updated_at: string;
        };
        ConnectionListDto: {
            connections: components["schemas"]["ConnectionDto"][];
            total: number;
        };
        UpdateConnectionDto: {
            /** @description null puts back the default name */
            display_name?: Record<string, never> | null;
            /** @description Replaces every stored credential field */
            credentials?: {
                [key: string]: unknown;
            };
            /** @description Replaces the settings */
            settings?: {
                [key: string]: unknown;
            };
        };
        ConnectionDeletedDto: {
            id: number;
            success: boolean;
            deleted: boolean;
        };
        ConnectionCheckDto: {
            check: string;
            ok: boolean;
            /** @description Never contains a credential value. */
            detail: string;
        };
        ConnectionTestDto: {
            success: boolean;
            connection: components["schemas"]["ConnectionDto"];
            checks: components["schemas"]["ConnectionCheckDto"][];
        };
        LivenessDto: {
            status: string;
            uptime_s: number;
        };
        ReadinessDto: {
            /** @description `ok` (a 503 with the error body otherwise). */
            status: string;
            /** @description The indicators that are up. */
            info?: {
                [key: string]: unknown;
            } | null;
            /** @description The indicators that are down. */
            error?: {
                [key: string]: unknown;
            } | null;
            details: {
                [key: string]: unknown;
            };
        };
        LlmQueueDto: {
            running: number;
            waiting: number;
            concurrency: number;
        };
        LlmStatusDto: {
            /** @enum {string} */
            state: "up" | "down" | "model_missing" | "overloaded";
            /** @description Scheme, host, port and path only: credentials are stripped. */
            base_url: string;
            version: string | null;
            models: string[];
            active_model: string;
            fallback_model: string | null;
            /** @description ISO time of the last probe or generation outcome; null before the first probe. */
            last_check: string | null;
            last_error: string | null;
            queue: components["schemas"]["LlmQueueDto"];
            /** @description Generation paused (emergency stop). */
            paused: boolean;
        };
        CreateSessionDto: {
            title?: string;
            category?: string;
            /** @enum {string} */
            scope_type?: "agent" | "department" | "council" | "executive" | "general";
            scope_id?: string;
            context?: {
                [key: string]: unknown;
            };
        };
        SessionResultDto: {
            success: boolean;
            /** @description Public id (UUID v4). */
            session_id: string;
            /** @description The same as `session_id` (the original's clients read `id`). */
            id: string;
            title: string;
            category: string;
            /** @enum {string} */
            scope_type: "agent" | "department" | "council" | "executive" | "general";
            /** @description Department slug, agent cell id or council slug; null for executive and general sessions. */
            scope_id: string | null;
            /** @description The caller's thread key (without the scope prefix); null when the session has none. */
            thread_key: string | null;
            context: {
                [key: string]: unknown;
            };
            is_active: boolean;
            message_count: number;
            /** @description Preview of the newest message. */
            last_message: string | null;
            created_at: string;
            updated_at: string;
            /** @description The same as `updated_at`: bumped by every message. */
            last_activity: string;
            /** @description Set while the session is soft-deleted (restorable). */
            deleted_at: string | null;
        };
        SessionDto: {
            /** @description Public id (UUID v4). */
            session_id: string;
            /** @description The same as `session_id` (the original's clients read `id`). */
            id: string;
            title: string;
            category: string;
            /** @enum {string} */
            scope_type: "agent" | "department" | "council" | "executive" | "general";
            /** @description Department slug, agent cell id or council slug; null for executive and general sessions. */
            scope_id: string | null;
            /** @description The caller's thread key (without the scope prefix); null when the session has none. */
            thread_key: string | null;
            context: {
                [key: string]: unknown;
            };
            is_active: boolean;
            message_count: number;
            /** @description Preview of the newest message. */
            last_message: string | null;
            created_at: string;
            updated_at: string;
            /** @description The same as `updated_at`: bumped by every message. */
            last_activity: string;
            /** @description Set while the session is soft-deleted (restorable). */
            deleted_at: string | null;
        };
        SessionListDto: {
            sessions: components["schemas"]["SessionDto"][];
            total: number;
            /** @description Pass as `cursor` for the next page; null on the last page. */
            next_cursor: string | null;
        };
        MessageDto: {
            id: number;
            session_id: string;
            /** @enum {string} */
            role: "system" | "user" | "assistant";
            /** @description Speaker name for assistant turns (agent, spokesperson, council member); null for the founder. */
            author: string | null;
            content: string;
            model: string | null;
            /** @enum {string} */
            status: "error" | "complete" | "offline" | "interrupted" | "streaming";
            client_message_id: string | null;
            /** @description For an assistant reply: the user message it answers. */
            reply_to_id: number | null;
            prompt_tokens: number | null;
            tokens: number | null;
            latency_ms: number | null;
            metadata: {
                [key: string]: unknown;
            } | null;
            created_at: string;
            updated_at: string;
        };
        SessionWithMessagesDto: {
            /** @description Public id (UUID v4). */
            session_id: string;
            /** @description The same as `session_id` (the original's clients read `id`). */
            id: string;
            title: string;
            category: string;
            /** @enum {string} */
            scope_type: "agent" | "department" | "council" | "executive" | "general";
            /** @description Department slug, agent cell id or council slug; null for executive and general sessions. */
            scope_id: string | null;
            /** @description The caller's thread key (without the scope prefix); null when the session has none. */
            thread_key: string | null;
            context: {
                [key: string]: unknown;
            };
            is_active: boolean;
            message_count: number;
            /** @description Preview of the newest message. */
            last_message: string | null;
            created_at: string;
            updated_at: string;
            /** @description The same as `updated_at`: bumped by every message. */
            last_activity: string;
            /** @description Set while the session is soft-deleted (restorable). */
            deleted_at: string | null;
            messages: components["schemas"]["MessageDto"][];
            has_more: boolean;
            /** @description Pass as `before_id` for the older page; null when there is none. */
            next_before_id: number | null;
        };
        UpdateSessionDto: {
            title?: string;
            category?: string;
            context?: {
                [key: string]: unknown;
            };
        };
        SessionDeletedDto: {
            success: boolean;
            session_id: string;
            deleted: boolean;
            message: string;
        };
        AddMessageDto: {
            /**
             * @description Required unless the original's `sender` is given.
             * @enum {string}
             */
            role?: "system" | "user" | "assistant";
            /** @description The original's field: `user`, `daena`, `assistant` or an agent's name (→ role and author). */
            sender?: string;
            /** @description The original's field: kept in the message's metadata (the session keeps its own category). */
            category?: string;
            content: string;
            author?: string;
            client_message_id?: string;
        };
        AddedMessageDto: {
            success: boolean;
            duplicate: boolean;
            message: components["schemas"]["MessageDto"];
        };
        RegeneratedReplyDto: {
            response: string;
            success: boolean;
            session_id: string;
            message: components["schemas"]["MessageDto"];
            /** @enum {string} */
            status: "error" | "complete" | "offline" | "interrupted" | "streaming";
        };
        ReplyActionDto: {
            success: boolean;
            session_id: string;
            message: components["schemas"]["MessageDto"];
            /** @enum {string} */
            status: "error" | "complete" | "offline" | "interrupted" | "streaming";
        };
        MessagePageDto: {
            session_id: string;
            messages: components["schemas"]["MessageDto"][];
            has_more: boolean;
            /** @description Pass as `before_id` for the older page (paging back); null otherwise. */
            next_before_id: number | null;
            /** @description Pass as `after_id` for the newer page (paging forward); null otherwise. */
            next_after_id: number | null;
        };
        GetOrCreateSessionDto: {
            title?: string;
            category?: string;
            /** @enum {string} */
            scope_type?: "agent" | "department" | "council" | "executive" | "general";
            scope_id?: string;
            context?: {
                [key: string]: unknown;
            };
            session_id?: string;
            thread_key?: string;
        };
        GetOrCreateSessionResultDto: {
            success: boolean;
            /** @description Public id (UUID v4). */
            session_id: string;
            /** @description The same as `session_id` (the original's clients read `id`). */
            id: string;
            title: string;
            category: string;
            /** @enum {string} */
            scope_type: "agent" | "department" | "council" | "executive" | "general";
            /** @description Department slug, agent cell id or council slug; null for executive and general sessions. */
            scope_id: string | null;
            /** @description The caller's thread key (without the scope prefix); null when the session has none. */
            thread_key: string | null;
            context: {
                [key: string]: unknown;
            };
            is_active: boolean;
            message_count: number;
            /** @description Preview of the newest message. */
            last_message: string | null;
            created_at: string;
            updated_at: string;
            /** @description The same as `updated_at`: bumped by every message. */
            last_activity: string;
            /** @description Set while the session is soft-deleted (restorable). */
            deleted_at: string | null;
            /** @description Whether this call created the session. */
            created: boolean;
        };
        ChatCategoryDto: {
            /** @description The category name (the original's id). */
            id: string;
            name: string;
            description: string | null;
            icon: string | null;
            color: string | null;
            sort_order: number;
        };
        ChatCategoryListDto: {
            categories: components["schemas"]["ChatCategoryDto"][];
        };
        AgentDto: {
            /** @description The cell id: the original's clients use `id`. */
            id: string;
            cell_id: string;
            name: string;
            role: string;
            type: string;
            /** @description Department slug. */
            department: string;
            /** @description Also the slug, as the original's clients expect. */
            department_id: string;
            department_name: string | null;
            status: string;
            is_active: boolean;
            capabilities: string | null;
            description: string | null;
            sunflower_index: number | null;
            performance_score: number;
            /** @description The original's PATCH flag, as last set (null until then). */
            auto_backup: boolean | null;
            voice_id: string | null;
            last_seen: string | null;
            created_at: string;
            updated_at: string;
        };
        OffsetPaginationDto: {
            has_next: boolean;
            has_prev: boolean;
            next_offset: number | null;
            prev_offset: number | null;
        };
        AgentListDto: {
            success: boolean;
            agents: components["schemas"]["AgentDto"][];
            total: number;
            /** @description Pass as `cursor` for the next page; null on the last page. */
            next_cursor: string | null;
            total_count: number;
            limit: number;
            offset: number;
            returned_count: number;
            pagination: components["schemas"]["OffsetPaginationDto"];
        };
        CreateAgentDto: {
            /** @example Growth Hacker Marketing */
            name: string;
            /**
             * @description Department slug (required unless `department_id` is given)
             * @example marketing
             */
            department?: string;
            /** @description The original's field: the department's slug or numeric id (an alias of `department`) */
            department_id?: string | number;
            /**
             * @description Defaults to advisor_a, as in the original
             * @default advisor_a
             * @enum {string}
             */
            role: "advisor_a" | "advisor_b" | "scout_internal" | "scout_external" | "synth" | "executor";
            /** @description Human-readable role name; defaults to the role display name */
            type?: string;
            description?: string;
            capabilities?: string;
            /**
             * @description Generated (A<d><k>) when absent
             * @example A47
             */
            cell_id?: string;
        };
        UpdateAgentDto: {
            name?: string;
            /** @enum {string} */
            role?: "advisor_a" | "advisor_b" | "scout_internal" | "scout_external" | "synth" | "executor";
            type?: string;
            /** @example idle */
            status?: string;
            is_active?: boolean;
            description?: string;
            capabilities?: string;
            /** @description Move the agent to another department (slug) */
            department?: string;
            /** @description The original's flag (back the agent up on change); stored with the agent */
            auto_backup?: boolean;
        };
        AgentDeletedDto: {
            cell_id: string;
            success: boolean;
            deleted: boolean;
        };
        AgentChatDto: {
            context?: {
                [key: string]: unknown;
            };
            message: string;
            session_id?: string;
            client_message_id?: string;
        };
        DaenaResponsePartDto: {
            id: number;
            type: string;
            content: string;
            timestamp: string;
        };
        AgentChatReplyDto: {
            agent_id: string;
            agent_name: string;
            agent_role: string;
            /** @description The agent's department slug. */
            department: string;
            /** @description The model that answered (null for an offline reply). */
            brain_model: string | null;
            /** @description Whether the LLM answered (false for an offline or interrupted reply). */
            brain_available: boolean;
            success: boolean;
            session_id: string;
            /** @description The reply text (an honest offline text when the LLM is down). */
            response: string;
            /** @description The reply message's id. */
            message_id: number;
            user_message_id: number;
            model: string | null;
            /** @enum {string} */
            status: "error" | "complete" | "offline" | "interrupted" | "streaming";
            /** @description True when client_message_id was seen before: the stored reply is returned, nothing new is written. */
            duplicate: boolean;
            daena_response: components["schemas"]["DaenaResponsePartDto"];
            timestamp: string;
        };
        DepartmentWithAgentsDto: {
            /** @description Present when the agents were asked for (`include_agents`). */
            agents?: components["schemas"]["AgentDto"][];
            /** @description The slug: the original's clients use `id`. */
            id: string;
            slug: string;
            name: string;
            description: string | null;
            color: string;
            icon: string | null;
            sunflower_index: number;
            cell_id: string;
            status: string;
            hidden: boolean;
            agents_count: number;
        };
        DepartmentListDto: {
            success: boolean;
            departments: components["schemas"]["DepartmentWithAgentsDto"][];
            total: number;
            total_count: number;
            limit: number;
            offset: number;
            returned_count: number;
            pagination: components["schemas"]["OffsetPaginationDto"];
        };
        DepartmentAgentsDto: {
            department_id: string;
            department_name: string;
            agents: components["schemas"]["AgentDto"][];
            total: number;
        };
        DepartmentChatDto: {
            context?: {
                [key: string]: unknown;
            };
            message: string;
            session_id?: string;
            client_message_id?: string;
            /** @description Direct mode: this agent of the department answers instead of the spokesperson. */
            agent_id?: string;
        };
        DepartmentChatReplyDto: {
            department_id: string;
            /** @description The spokesperson (or, in direct mode, the agent) who answered. */
            agent_name: string | null;
            agent_role: string | null;
            /** @description How many colleagues' notes the spokesperson's answer drew on (0 in direct mode). */
            synthesized_from: number;
            /** @description Direct mode only: the agent's cell id. */
            agent_id?: string;
            /** @description Direct mode only: the agent's department slug. */
            department?: string;
            /** @description Direct mode only. */
            brain_model?: string | null;
            /** @description Direct mode only. */
            brain_available?: boolean;
            success: boolean;
            session_id: string;
            /** @description The reply text (an honest offline text when the LLM is down). */
            response: string;
            /** @description The reply message's id. */
            message_id: number;
            user_message_id: number;
            model: string | null;
            /** @enum {string} */
            status: "error" | "complete" | "offline" | "interrupted" | "streaming";
            /** @description True when client_message_id was seen before: the stored reply is returned, nothing new is written. */
            duplicate: boolean;
            daena_response: components["schemas"]["DaenaResponsePartDto"];
            timestamp: string;
        };
        DepartmentSessionListDto: {
            sessions: components["schemas"]["SessionDto"][];
            total: number;
            /** @description Pass as `cursor` for the next page; null on the last page. */
            next_cursor: string | null;
            success: boolean;
            department_id: string;
        };
        DepartmentSessionDto: {
            /** @description Public id (UUID v4). */
            session_id: string;
            /** @description The same as `session_id` (the original's clients read `id`). */
            id: string;
            title: string;
            category: string;
            /** @enum {string} */
            scope_type: "agent" | "department" | "council" | "executive" | "general";
            /** @description Department slug, agent cell id or council slug; null for executive and general sessions. */
            scope_id: string | null;
            /** @description The caller's thread key (without the scope prefix); null when the session has none. */
            thread_key: string | null;
            context: {
                [key: string]: unknown;
            };
            is_active: boolean;
            message_count: number;
            /** @description Preview of the newest message. */
            last_message: string | null;
            created_at: string;
            updated_at: string;
            /** @description The same as `updated_at`: bumped by every message. */
            last_activity: string;
            /** @description Set while the session is soft-deleted (restorable). */
            deleted_at: string | null;
            messages: components["schemas"]["MessageDto"][];
            has_more: boolean;
            /** @description Pass as `before_id` for the older page; null when there is none. */
            next_before_id: number | null;
            success: boolean;
        };
        CouncilMemberDto: {
            id: number;
            name: string;
            role: string | null;
            persona_source: string | null;
            avatar: string | null;
            expertise: string[];
            enabled: boolean;
            display_order: number;
        };
        CouncilDto: {
            id: string;
            slug: string;
            name: string;
            description: string | null;
            icon: string | null;
            color: string | null;
            enabled: boolean;
            members: components["schemas"]["CouncilMemberDto"][];
            created_at: string;
            updated_at: string;
        };
        CouncilListDto: {
            success: boolean;
            councils: components["schemas"]["CouncilDto"][];
            total: number;
        };
        CreateCouncilDto: {
            /** @example Legal Council */
            name: string;
            description?: string;
            /** @example users */
            icon?: string;
            /** @example #6B7280 */
            color?: string;
        };
        UpdateCouncilDto: {
            name?: string;
            description?: string;
            icon?: string;
            color?: string;
        };
        CouncilDeletedDto: {
            /** @description The council's slug. */
            id: string;
            success: boolean;
            deleted: boolean;
        };
        CreateMemberDto: {
            /** @example The Negotiator */
            name: string;
            /** @example Deal Maker */
            role: string;
            /**
             * @description Whose thinking the persona is inspired by
             * @example Chris Voss
             */
            persona_source?: string;
            /** @example handshake */
            avatar?: string;
            /**
             * @example [
             *       "negotiation",
             *       "contracts"
             *     ]
             */
            expertise?: string[];
        };
        UpdateMemberDto: {
            name?: string;
            role?: string;
            persona_source?: string;
            avatar?: string;
            expertise?: string[];
            enabled?: boolean;
            display_order?: number;
        };
        CouncilMemberDeletedDto: {
            id: number;
            success: boolean;
            deleted: boolean;
        };
        DebateSummaryDto: {
            /** @description Public id (UUID v4). */
            session_id: string;
            /** @description The same as `session_id` (the original's clients read `id`). */
            id: string;
            title: string;
            category: string;
            /** @enum {string} */
            scope_type: "agent" | "department" | "council" | "executive" | "general";
            /** @description Department slug, agent cell id or council slug; null for executive and general sessions. */
            scope_id: string | null;
            /** @description The caller's thread key (without the scope prefix); null when the session has none. */
            thread_key: string | null;
            context: {
                [key: string]: unknown;
            };
            is_active: boolean;
            message_count: number;
            /** @description Preview of the newest message. */
            last_message: string | null;
            created_at: string;
            updated_at: string;
            /** @description The same as `updated_at`: bumped by every message. */
            last_activity: string;
            /** @description Set while the session is soft-deleted (restorable). */
            deleted_at: string | null;
            topic: string;
            round: number;
            running: boolean;
        };
        DebateListDto: {
            council_id: string;
            debates: components["schemas"]["DebateSummaryDto"][];
            total: number;
            /** @description Pass as `cursor` for the next page; null on the last page. */
            next_cursor: string | null;
        };
        StartDebateDto: {
            /** @example Should we raise a seed round now or wait six months? */
            topic: string;
        };
        DebateEntryDto: {
            id: number;
            role: string;
            author: string | null;
            /** @enum {string} */
            kind: "position" | "founder" | "topic" | "synthesis" | "other";
            round: number;
            /** @description Position order within its round (display order of the members when the round ran). */
            order: number | null;
            member_id: number | null;
            member_role: string | null;
            content: string;
            status: string;
            model: string | null;
            /** @description Why the text is offline or interrupted. */
            reason: string | null;
            created_at: string;
        };
        DebateRoundDto: {
            round: number;
            /** @description The topic (round 1) and the founder's messages written while this round was the latest. */
            founder_messages: components["schemas"]["DebateEntryDto"][];
            positions: components["schemas"]["DebateEntryDto"][];
            /** @description The latest synthesis of the round (a re-synthesis supersedes the earlier ones). */
            synthesis: components["schemas"]["DebateEntryDto"] | null;
            syntheses: components["schemas"]["DebateEntryDto"][];
        };
        DebateDto: {
            success: boolean;
            session_id: string;
            /** @description The council's slug. */
            council_id: string;
            council_name: string;
            title: string;
            topic: string;
            round: number;
            max_rounds: number;
            /** @description Whether a round or synthesis is being generated now. */
            running: boolean;
            rounds: components["schemas"]["DebateRoundDto"][];
            message_count: number;
            created_at: string;
            updated_at: string;
        };
        DebateMessageDto: {
            /** @example Assume we have 9 months of runway. */
            message: string;
        };
        DebateMessageAddedDto: {
            success: boolean;
            session_id: string;
            council_id: string;
            /** @description The round the message counts for (the latest). */
            round: number;
            message: components["schemas"]["DebateEntryDto"];
        };
        AuditRowDto: {
            /** @description Ascending; replay with `after_id` / the socket's `last_event_id`. Null only for transient events (never in the log). */
            id: number | null;
            /** @description `domain.verb` past tense, e.g. `chat.message.created` (docs/events.md lists them). */
            event_type: string;
            entity_type: string;
            entity_id: string | null;
            payload: {
                [key: string]: unknown;
            };
            actor: string;
            created_at: string;
            rooms: string[];
            prev_hash: string;
            hash: string;
        };
        AuditPageDto: {
            events: components["schemas"]["AuditRowDto"][];
            /** @description Rows matching the filter. */
            total: number;
            /** @description Pass as `cursor` for the next (older) page; null on the last page. */
            next_cursor: string | null;
        };
        AuditStatsDto: {
            since: string | null;
            until: string | null;
            total: number;
            by_type: {
                [key: string]: number;
            };
            by_actor: {
                [key: string]: number;
            };
            per_hour: components["schemas"]["HourCountDto"][];
        };
        ChainVerificationDto: {
            ok: boolean;
            /** @description Rows walked. */
            checked: number;
            last_event_id: number | null;
            /** @description The first row whose hash or link does not match; null when the chain is intact. */
            first_broken_id: number | null;
            reason: string | null;
            /** @description Where the walk started after a prune: the last pruned row (absent = the genesis, nothing pruned). */
            anchor_id?: number;
        };
        ConfigEntryDto: {
            key: string;
            /** @description bool | int | float | string | json */
            type: string;
            description: string;
            /** @description The current value, of the key's type. */
            value: Record<string, never>;
            default: Record<string, never>;
            is_default: boolean;
            /** @description 0 while the key has never been stored. */
            version: number;
            updated_at: string | null;
            /** @description The key's limits (min, max, enum, pattern, max_length, nullable) where it has them. */
            constraints: {
                [key: string]: unknown;
            };
        };
        ConfigListDto: {
            config: components["schemas"]["ConfigEntryDto"][];
            total: number;
        };
        SetConfigValueDto: {
            /**
             * @description The new value, of the key's type
             * @example true
             */
            value: Record<string, never>;
        };
        ConfigVersionDto: {
            version: number;
            value: Record<string, never>;
            type: string;
            actor: string;
            created_at: string;
        };
        ConfigHistoryDto: {
            key: string;
            versions: components["schemas"]["ConfigVersionDto"][];
            total: number;
        };
        RollbackConfigDto: {
            /**
             * @description The older version whose value becomes a new version
             * @example 2
             */
            version: number;
        };
        DashboardDepartmentsDto: {
            visible: number;
            hidden: number;
            total: number;
        };
        DashboardAgentsDto: {
            visible: number;
            total: number;
        };
        DashboardChatDto: {
            sessions: number;
            messages: number;
        };
        DashboardEventsDto: {
            total: number;
            latest_id: number;
        };
        DashboardTasksDto: {
            total: number;
            by_status: {
                [key: string]: number;
            };
        };
        DashboardMaintenanceDto: {
            enabled: boolean;
            retry_after_s: number;
        };
        DashboardLlmDto: {
            state: string;
            last_error: string | null;
            base_url?: string;
            version?: string | null;
            models?: string[];
            active_model?: string;
            fallback_model?: string | null;
            last_check?: string | null;
            queue?: components["schemas"]["LlmQueueDto"];
            paused?: boolean;
        };
        FounderDashboardDto: {
            departments: components["schemas"]["DashboardDepartmentsDto"];
            agents: components["schemas"]["DashboardAgentsDto"];
            chat: components["schemas"]["DashboardChatDto"];
            events: components["schemas"]["DashboardEventsDto"];
            tasks: components["schemas"]["DashboardTasksDto"];
            maintenance: components["schemas"]["DashboardMaintenanceDto"];
            emergency_stop: boolean;
            llm_paused: boolean;
            llm: components["schemas"]["DashboardLlmDto"];
            /** @description The latest founder actions (config changes and founder.* events), newest first. */
            recent_founder_actions: components["schemas"]["EventEnvelopeDto"][];
        };
        EmergencyStopDto: {
            /** @example runaway generation */
            reason?: string;
        };
        EmergencyStopResultDto: {
            /** @description Generations aborted. */
            aborted: number;
            /** @description Queued generations dropped. */
            dropped: number;
            emergency_stop: boolean;
            llm_paused: boolean;
            /** @description The `founder.emergency_stop.*` event written. */
            event_id: number | null;
        };
        EmergencyStateDto: {
            emergency_stop: boolean;
            llm_paused: boolean;
            /** @description The `founder.emergency_stop.*` event written. */
            event_id: number | null;
        };
        HiddenDepartmentsDto: {
            hidden_departments: components["schemas"]["DepartmentWithAgentsDto"][];
            total: number;
        };
        ResetDto: {
            /**
             * @description Must be true
             * @example true
             */
            confirm: boolean;
        };
        ConfigResetDto: {
            config: components["schemas"]["ConfigEntryDto"][];
            total: number;
            success: boolean;
            keys_reset: string[];
            event_id: number | null;
        };
        StartChatDto: {
            user_id?: string;
        };
        DaenaChatStartDto: {
            success: boolean;
            session_id: string;
            session: components["schemas"]["SessionDto"];
            welcome_message: string;
            /** @description The greeting as a stored message. */
            messages: components["schemas"]["MessageDto"][];
        };
        DaenaChatDto: {
            /** @description Accepted and ignored: there is one founder. */
            user_id?: string;
            /** @description Stored in the user message's metadata; its `page` is given to the prompt. */
            context?: {
                [key: string]: unknown;
            };
            message: string;
            session_id?: string;
            client_message_id?: string;
        };
        ChatReplyDto: {
            success: boolean;
            session_id: string;
            /** @description The reply text (an honest offline text when the LLM is down). */
            response: string;
            /** @description The reply message's id. */
            message_id: number;
            user_message_id: number;
            model: string | null;
            /** @enum {string} */
            status: "error" | "complete" | "offline" | "interrupted" | "streaming";
            /** @description True when client_message_id was seen before: the stored reply is returned, nothing new is written. */
            duplicate: boolean;
            daena_response: components["schemas"]["DaenaResponsePartDto"];
            timestamp: string;
        };
        DaenaSessionListDto: {
            success: boolean;
            /** @description The category listed (`executive` unless asked; `all` for every category). */
            category: string;
            sessions: components["schemas"]["SessionDto"][];
            total: number;
            /** @description Pass as `cursor` for the next page; null on the last page. */
            next_cursor: string | null;
        };
        DaenaSessionDetailDto: {
            success: boolean;
            session: components["schemas"]["SessionDto"];
            message_count: number;
            /** @description Seconds since the session was created. */
            duration: number;
            messages: components["schemas"]["MessageDto"][];
            has_more: boolean;
            /** @description Pass as `before_id` for the older page; null when there is none. */
            next_before_id: number | null;
        };
        DaenaSessionDeletedDto: {
            success: boolean;
            session_id: string;
            message: string;
        };
        DaenaSessionRestoredDto: {
            success: boolean;
            session: components["schemas"]["SessionDto"];
        };
        DaenaSystemHealthDto: {
            /** @description Visible departments. */
            departments_online: number;
            hidden_departments: number;
            agents_active: number;
            sessions: number;
            messages: number;
            system_uptime_s: number;
        };
        DaenaBrainDto: {
            /** @enum {string} */
            state: "up" | "down" | "model_missing" | "overloaded";
            model: string;
            paused: boolean;
            last_check: string | null;
        };
        DaenaStatusDto: {
            success: boolean;
            /**
             * @description `active` when the LLM is up and not paused, else `offline`.
             * @enum {string}
             */
            daena_status: "active" | "offline";
            system_health: components["schemas"]["DaenaSystemHealthDto"];
            brain: components["schemas"]["DaenaBrainDto"];
            last_updated: string;
        };
        SearchHighlightDto: {
            /** @description UTF-16 offset of the first highlighted character in `snippet` */
            start: number;
            /** @description UTF-16 offset just after the highlighted text */
            end: number;
        };
        SearchResultDto: {
            /**
             * @description `session`: the session title matched (open the session at its start)
             * @enum {string}
             */
            kind: "message" | "session";
            /** @description The message to open the session at (null for a title hit) */
            message_id: number | null;
            /** Format: uuid */
            session_id: string;
            session_title: string;
            /** @enum {string} */
            scope_type: "executive" | "department" | "agent" | "council" | "general";
            scope_id: string | null;
            category: string;
            /** @enum {string|null} */
            role: "user" | "assistant" | "system" | null;
            author: string | null;
            /**
             * Format: date-time
             * @description When the message (or the session) was created
             */
            created_at: string;
            /** @description Whether the session is soft-deleted (only with include_deleted=true) */
            session_deleted: boolean;
            /** @description Relevance, higher is better; comparable within one response only */
            score: number;
            /** @description Plain text around the match (… where cut) */
            snippet: string;
            /** @description `snippet` HTML-escaped, matched words in <mark>: safe to insert as HTML */
            snippet_html: string;
            highlights: components["schemas"]["SearchHighlightDto"][];
        };
        SearchResponseDto: {
            results: components["schemas"]["SearchResultDto"][];
            /** @description Pass as `cursor` for the next page; null on the last page */
            next_cursor: string | null;
        };
        SectionReportDto: {
            in_bundle: number;
            inserted: number;
            /** @description Already there with the same content */
            unchanged: number;
            /** @description Already there with other content: the database's version is kept */
            conflicts: number;
            /** @description Not imported (the event log in a merge) */
            skipped: number;
        };
        ImportConflictDto: {
            section: string;
            /** @description The natural key, e.g. slug="engineering" */
            key: string;
            reason: string;
        };
        ImportedSessionDto: {
            /** Format: uuid */
            session_id: string;
            title: string;
            messages: number;
            /** @description The chat's id in the tool it came from */
            source_id: string;
        };
        ImportReportDto: {
            /** @enum {string} */
            format: "daena" | "openwebui" | "librechat";
            dry_run: boolean;
            /**
             * @description daena: `restore` into an empty database (ids kept), else `merge` by natural keys
             * @enum {string}
             */
            mode?: "restore" | "merge";
            sections?: {
                [key: string]: components["schemas"]["SectionReportDto"];
            };
            /** @description daena: the first 200 conflicts */
            conflicts?: components["schemas"]["ImportConflictDto"][];
            conflicts_total?: number;
            notes?: string[];
            chats_in_file?: number;
            sessions_created?: number;
            messages_created?: number;
            /** @description Chats imported before (same tool and chat id), left as they are */
            already_imported?: number;
            sessions?: components["schemas"]["ImportedSessionDto"][];
        };
        DaenaSessionMessageDto: {
            /** @example What should engineering focus on this week? */
            content: string;
            /** @description Stored on the user message; its `page` reaches Daena's prompt */
            context?: {
                [key: string]: unknown;
            };
            /** @description Idempotency key (ours): a retried send returns the first reply */
            client_message_id?: string;
        };
        DaenaSessionMessageReplyDto: {
            success: boolean;
            session_id: string;
            /** @description The reply text (an honest offline text when the LLM is down). */
            response: string;
            /** @description The reply message's id. */
            message_id: number;
            user_message_id: number;
            model: string | null;
            /** @enum {string} */
            status: "error" | "complete" | "offline" | "interrupted" | "streaming";
            /** @description True when client_message_id was seen before: the stored reply is returned, nothing new is written. */
            duplicate: boolean;
            daena_response: components["schemas"]["DaenaResponsePartDto"];
            timestamp: string;
            user_message: components["schemas"]["DaenaResponsePartDto"];
            session_updated: boolean;
        };
        AgentsOfDepartmentDto: {
            success: boolean;
            agents: components["schemas"]["AgentDto"][];
            total: number;
            /** @description Pass as `cursor` for the next page; null on the last page. */
            next_cursor: string | null;
            total_count: number;
            limit: number;
            offset: number;
            returned_count: number;
            pagination: components["schemas"]["OffsetPaginationDto"];
            department_id: string;
            department_name: string;
        };
        AgentChatHistoryDto: {
            sessions: components["schemas"]["SessionDto"][];
            total: number;
            /** @description Pass as `cursor` for the next page; null on the last page. */
            next_cursor: string | null;
            success: boolean;
            agent_id: string;
            agent_name: string;
            /** @description The newest session (whose messages follow); null when the agent has none. */
            session_id: string | null;
            messages: components["schemas"]["MessageDto"][];
        };
        AgentResetDto: {
            success: boolean;
            agent: components["schemas"]["AgentDto"];
            message: string;
        };
        DepartmentSessionDeletedDto: {
            success: boolean;
            session_id: string;
            department_id: string;
            deleted: boolean;
            message: string;
        };
        CreateDepartmentSessionDto: {
            /**
             * @description Defaults to "Chat with <department name>"
             * @example Q3 hiring plan
             */
            title?: string;
        };
        DepartmentSessionCreatedDto: {
            /** @description Public id (UUID v4). */
            session_id: string;
            /** @description The same as `session_id` (the original's clients read `id`). */
            id: string;
            title: string;
            category: string;
            /** @enum {string} */
            scope_type: "agent" | "department" | "council" | "executive" | "general";
            /** @description Department slug, agent cell id or council slug; null for executive and general sessions. */
            scope_id: string | null;
            /** @description The caller's thread key (without the scope prefix); null when the session has none. */
            thread_key: string | null;
            context: {
                [key: string]: unknown;
            };
            is_active: boolean;
            message_count: number;
            /** @description Preview of the newest message. */
            last_message: string | null;
            created_at: string;
            updated_at: string;
            /** @description The same as `updated_at`: bumped by every message. */
            last_activity: string;
            /** @description Set while the session is soft-deleted (restorable). */
            deleted_at: string | null;
            success: boolean;
            department_id: string;
        };
        SessionListResultDto: {
            sessions: components["schemas"]["SessionDto"][];
            total: number;
            /** @description Pass as `cursor` for the next page; null on the last page. */
            next_cursor: string | null;
            success: boolean;
        };
        ScopeSessionListDto: {
            sessions: components["schemas"]["SessionDto"][];
            total: number;
            /** @description Pass as `cursor` for the next page; null on the last page. */
            next_cursor: string | null;
            success: boolean;
            scope_type: string;
        };
        CategorySessionListDto: {
            sessions: components["schemas"]["SessionDto"][];
            total: number;
            /** @description Pass as `cursor` for the next page; null on the last page. */
            next_cursor: string | null;
            success: boolean;
            category: string;
        };
        CategorySessionDto: {
            /** @description Public id (UUID v4). */
            session_id: string;
            /** @description The same as `session_id` (the original's clients read `id`). */
            id: string;
            title: string;
            category: string;
            /** @enum {string} */
            scope_type: "agent" | "department" | "council" | "executive" | "general";
            /** @description Department slug, agent cell id or council slug; null for executive and general sessions. */
            scope_id: string | null;
            /** @description The caller's thread key (without the scope prefix); null when the session has none. */
            thread_key: string | null;
            context: {
                [key: string]: unknown;
            };
            is_active: boolean;
            message_count: number;
            /** @description Preview of the newest message. */
            last_message: string | null;
            created_at: string;
            updated_at: string;
            /** @description The same as `updated_at`: bumped by every message. */
            last_activity: string;
            /** @description Set while the session is soft-deleted (restorable). */
            deleted_at: string | null;
            last_message_at: string | null;
        };
        SessionsByCategoryDto: {
            success: boolean;
            category: string;
            sessions: components["schemas"]["CategorySessionDto"][];
            total: number;
            next_cursor: string | null;
        };
        RecentEventDto: {
            /** @description Ascending; replay with `after_id` / the socket's `last_event_id`. Null only for transient events (never in the log). */
            id: number | null;
            /** @description `domain.verb` past tense, e.g. `chat.message.created` (docs/events.md lists them). */
            event_type: string;
            entity_type: string;
            entity_id: string | null;
            payload: {
                [key: string]: unknown;
            };
            actor: string;
            created_at: string;
            event_id: number | null;
            /** @description The payload's `message`, or an empty string. */
            message: string;
            created_by: string;
            timestamp: string;
        };
        RecentEventsDto: {
            success: boolean;
            events: components["schemas"]["RecentEventDto"][];
            count: number;
            latest_event_id: number;
        };
        AuditLogEntryDto: {
            id: number | null;
            timestamp: string;
            actor: string;
            /** @description `entity_type` or `entity_type:entity_id`. */
            resource: string;
            /** @description The event_type. */
            action: string;
            /** @description Always true: refused requests change nothing and log nothing. */
            allowed: boolean;
            reason: string | null;
            context: {
                [key: string]: unknown;
            };
        };
        AuditLogsDto: {
            success: boolean;
            logs: components["schemas"]["AuditLogEntryDto"][];
            count: number;
            total: number;
        };
        BrainModelDto: {
            name: string;
            active: boolean;
        };
        BrainStatusDto: {
            success: boolean;
            /** @description `operational` when Ollama is up and generation not paused, else `offline`. */
            status: string;
            connected: boolean;
            ollama_available: boolean;
            llm_available: boolean;
            provider: string;
            /** @enum {string} */
            state: "up" | "down" | "model_missing" | "overloaded";
            paused: boolean;
            model: string;
            active_model: string;
            active_models: string[];
            available_models: string[];
            models: components["schemas"]["BrainModelDto"][];
            last_check: string | null;
            error: string | null;
        };
        BrainModelsDto: {
            success: boolean;
            ollama_available: boolean;
            models: components["schemas"]["BrainModelDto"][];
            available_models: string[];
            active_model: string;
            total: number;
        };
        VoiceSettingsUpdateDto: {
            /** @description `daena` or the agent's cell_id. */
            target: string;
            /** @description null for Daena. */
            agent_id: string | null;
            name: string;
            talk_active: boolean;
            listen_active: boolean;
            voice_id: string | null;
            volume: number;
            rate: number;
            pitch: number;
            /** @description True when nothing is stored yet and the defaults apply. */
            is_default: boolean;
            updated_at: string | null;
            success: boolean;
            status: string;
            /** @description The fields the request set. */
            updated: string[];
            current_settings: components["schemas"]["VoiceSettingsDto"];
        };
        TalkModeDto: {
            success: boolean;
            /** @enum {string} */
            mode: "talk" | "listen";
            enabled: boolean;
            /** @description False when the mode already had this value. */
            changed: boolean;
            settings: components["schemas"]["VoiceSettingsDto"];
            /** @description `activated` or `deactivated`. */
            status: string;
            message: string;
        };
        VoiceTestDto: {
            success: boolean;
            status: string;
            tts_available: boolean;
            audio_data: string | null;
            message: string;
            detail: string;
            settings: components["schemas"]["VoiceSettingsDto"];
        };
        FounderPanelDashboardDto: {
            departments: components["schemas"]["DashboardDepartmentsDto"];
            agents: components["schemas"]["DashboardAgentsDto"];
            chat: components["schemas"]["DashboardChatDto"];
            events: components["schemas"]["DashboardEventsDto"];
            tasks: components["schemas"]["DashboardTasksDto"];
            maintenance: components["schemas"]["DashboardMaintenanceDto"];
            emergency_stop: boolean;
            llm_paused: boolean;
            llm: components["schemas"]["DashboardLlmDto"];
            /** @description The latest founder actions (config changes and founder.* events), newest first. */
            recent_founder_actions: components["schemas"]["EventEnvelopeDto"][];
            success: boolean;
        };
        FounderPanelHiddenDepartmentsDto: {
            hidden_departments: components["schemas"]["DepartmentWithAgentsDto"][];
            total: number;
            success: boolean;
        };
        DepartmentVisibilityDto: {
            success: boolean;
            department_id: string;
            department: components["schemas"]["DepartmentWithAgentsDto"];
            message: string;
        };
        OverridesDto: {
            success: boolean;
            /** @description Our overrides are the typed config keys. */
            overrides: components["schemas"]["ConfigEntryDto"][];
            total: number;
        };
        FounderOverrideDto: {
            /**
             * @description `emergency_stop`, or a label for a config change
             * @example emergency_stop
             */
            action: string;
            /**
             * @description The config key to set (required unless action is emergency_stop)
             * @example maintenance_mode
             */
            target?: string;
            /** @description The new value, of the key's type (required unless action is emergency_stop), e.g. `true` or `0.8` */
            value?: Record<string, never>;
            /** @example runaway generation */
            reason?: string;
            /**
             * @description Recorded in the answer only
             * @default medium
             * @enum {string}
             */
            impact_level: "low" | "medium" | "high" | "critical";
        };
        OverrideResultDto: {
            success: boolean;
            action: string;
            impact_level: string;
            reason: string | null;
            status: string;
            target: string | null;
            /** @description Any action but `emergency_stop`: the config key as now set. */
            override?: components["schemas"]["ConfigEntryDto"];
            /** @description `emergency_stop` only, as `POST /founder/emergency-stop` answers. */
            emergency_stop?: boolean;
            llm_paused?: boolean;
            event_id?: number | null;
            aborted?: number;
            dropped?: number;
        };
        EmergencyControlDto: {
            id: string;
            name: string;
            description: string;
            active: boolean;
            endpoint: string;
            release: string;
        };
        EmergencyControlsDto: {
            success: boolean;
            controls: components["schemas"]["EmergencyControlDto"][];
            emergency_stop: boolean;
            llm_paused: boolean;
        };
        FounderPanelEmergencyStopDto: {
            /** @description Generations aborted. */
            aborted: number;
            /** @description Queued generations dropped. */
            dropped: number;
            emergency_stop: boolean;
            llm_paused: boolean;
            /** @description The `founder.emergency_stop.*` event written. */
            event_id: number | null;
            success: boolean;
        };
        FounderPanelEmergencyReleaseDto: {
            emergency_stop: boolean;
            llm_paused: boolean;
            /** @description The `founder.emergency_stop.*` event written. */
            event_id: number | null;
            success: boolean;
        };
        MaintenanceDto: {
            enabled: boolean;
        };
        MaintenanceResultDto: {
            success: boolean;
            maintenance_mode: boolean;
            config: components["schemas"]["ConfigEntryDto"];
        };
        ErrorBody: {
            /** @description The HTTP status, repeated in the body. */
            status_code: number;
            /** @description The status text, e.g. "Not Found". */
            error: string;
            /** @description What went wrong; a list of field errors for a 400 from validation. */
            message: Record<string, never>;
            /** @description The original API's field, which its clients display: the same text as `message` (a list joined). */
            detail: string;
            /** @description The path as requested, query included. */
            path: string;
            /** @description The X-Request-Id of the request (null only when none could be assigned). */
            request_id: string | null;
            /** @description When the error was answered (ISO 8601). */
            timestamp: string;
            /** @description Seconds to wait before retrying (429, 503); also sent as the Retry-After header. */
            retry_after?: number;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    eventsFindAll: {
        parameters: {
            query?: {
                after_id?: number;
                limit?: number;
                event_type?: string;
                entity_type?: string;
                entity_id?: string;
                actor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventPageDto"];
                };
            };
            /** @description Invalid input (body, path or query parameter); `message` lists the field errors. Nothing was changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit reached: retry after `retry_after` seconds (also the Retry-After header). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    eventsStats: {
        parameters: {
            query?: {
                hours?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventStatsDto"];
                };
            };
            /** @description Invalid input (body, path or query parameter); `message` lists the field errors. Nothing was changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit reached: retry after `retry_after` seconds (also the Retry-After header). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    eventsPrune: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PruneEventsDto"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PruneResultDto"];
                };
            };
            /** @description Invalid input (body, path or query parameter); `message` lists the field errors. Nothing was changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not allowed for this token: viewer tokens are read-only, some routes are founder-only, or the resource is out of this scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The request body is larger than the configured limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit reached: retry after `retry_after` seconds (also the Retry-After header). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unavailable for now (maintenance mode: writes are paused): retry after `retry_after` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    browserSessionCurrent: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BrowserSessionResponse"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit reached: retry after `retry_after` seconds (also the Retry-After header). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    browserSessionLogin: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BrowserSessionResponse"];
                };
            };
            /** @description Invalid input (body, path or query parameter); `message` lists the field errors. Nothing was changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The request body is larger than the configured limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit reached: retry after `retry_after` seconds (also the Retry-After header). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unavailable for now (maintenance mode: writes are paused): retry after `retry_after` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    browserSessionLogout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LogoutResponse"];
                };
            };
            /** @description Rate limit reached: retry after `retry_after` seconds (also the Retry-After header). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unavailable for now (maintenance mode: writes are paused): retry after `retry_after` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    taskFindAll: {
        parameters: {
            query?: {
                limit?: number;
                /** @description `next_cursor` of the previous page */
                cursor?: string;
                status?: "pending" | "running" | "completed" | "failed" | "cancelled";
                /** @description Assigned agent cell_id */
                agent?: string;
                /** @description Department slug */
                department?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskListDto"];
                };
            };
            /** @description Invalid input (body, path or query parameter); `message` lists the field errors. Nothing was changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit reached: retry after `retry_after` seconds (also the Retry-After header). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    taskCreate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateTaskDto"];
            };
        };
        responses: {
            /** @description Success. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskDto"];
                };
            };
            /** @description Invalid input (body, path or query parameter); `message` lists the field errors. Nothing was changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not allowed for this token: viewer tokens are read-only, some routes are founder-only, or the resource is out of this scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The request body is larger than the configured limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit reached: retry after `retry_after` seconds (also the Retry-After header). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unavailable for now (maintenance mode: writes are paused): retry after `retry_after` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    taskStats: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskStatsDto"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit reached: retry after `retry_after` seconds (also the Retry-After header). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    taskFindOne: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                task_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskDto"];
                };
            };
            /** @description Invalid input (body, path or query parameter); `message` lists the field errors. Nothing was changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit reached: retry after `retry_after` seconds (also the Retry-After header). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    taskRemove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                task_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskDeletedDto"];
                };
            };
            /** @description Invalid input (body, path or query parameter); `message` lists the field errors. Nothing was changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not allowed for this token: viewer tokens are read-only, some routes are founder-only, or the resource is out of this scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit reached: retry after `retry_after` seconds (also the Retry-After header). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unavailable for now (maintenance mode: writes are paused): retry after `retry_after` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    taskUpdate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                task_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateTaskDto"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskDto"];
                };
            };
            /** @description Invalid input (body, path or query parameter); `message` lists the field errors. Nothing was changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not allowed for this token: viewer tokens are read-only, some routes are founder-only, or the resource is out of this scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The request body is larger than the configured limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit reached: retry after `retry_after` seconds (also the Retry-After header). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unavailable for now (maintenance mode: writes are paused): retry after `retry_after` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    taskStart: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                task_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskDto"];
                };
            };
            /** @description Invalid input (body, path or query parameter); `message` lists the field errors. Nothing was changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not allowed for this token: viewer tokens are read-only, some routes are founder-only, or the resource is out of this scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit reached: retry after `retry_after` seconds (also the Retry-After header). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unavailable for now (maintenance mode: writes are paused): retry after `retry_after` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    taskComplete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                task_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CompleteTaskDto"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskDto"];
                };
            };
            /** @description Invalid input (body, path or query parameter); `message` lists the field errors. Nothing was changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not allowed for this token: viewer tokens are read-only, some routes are founder-only, or the resource is out of this scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The request body is larger than the configured limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit reached: retry after `retry_after` seconds (also the Retry-After header). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unavailable for now (maintenance mode: writes are paused): retry after `retry_after` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    taskFail: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                task_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FailTaskDto"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskDto"];
                };
            };
            /** @description Invalid input (body, path or query parameter); `message` lists the field errors. Nothing was changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not allowed for this token: viewer tokens are read-only, some routes are founder-only, or the resource is out of this scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The request body is larger than the configured limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit reached: retry after `retry_after` seconds (also the Retry-After header). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unavailable for now (maintenance mode: writes are paused): retry after `retry_after` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    taskCancel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                task_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskDto"];
                };
            };
            /** @description Invalid input (body, path or query parameter); `message` lists the field errors. Nothing was changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not allowed for this token: viewer tokens are read-only, some routes are founder-only, or the resource is out of this scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit reached: retry after `retry_after` seconds (also the Retry-After header). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unavailable for now (maintenance mode: writes are paused): retry after `retry_after` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    agentTaskListActivity: {
        parameters: {
            query?: {
                include_hidden?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgentActivityListDto"];
                };
            };
            /** @description Invalid input (body, path or query parameter); `message` lists the field errors. Nothing was changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit reached: retry after `retry_after` seconds (also the Retry-After header). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    agentTaskAgentActivity: {
        parameters: {
            query?: {
                include_hidden?: boolean;
            };
            header?: never;
            path: {
                cell_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgentActivityDto"];
                };
            };
            /** @description Invalid input (body, path or query parameter); `message` lists the field errors. Nothing was changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit reached: retry after `retry_after` seconds (also the Retry-After header). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    agentTaskAgentTasks: {
        parameters: {
            query?: {
                status?: "pending" | "running" | "completed" | "failed" | "cancelled";
                limit?: number;
            };
            header?: never;
            path: {
                cell_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgentTaskListDto"];
                };
            };
            /** @description Invalid input (body, path or query parameter); `message` lists the field errors. Nothing was changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit reached: retry after `retry_after` seconds (also the Retry-After header). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    agentTaskCreateAgentTask: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                cell_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateAgentTaskDto"];
            };
        };
        responses: {
            /** @description Success. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgentTaskCreatedDto"];
                };
            };
            /** @description Invalid input (body, path or query parameter); `message` lists the field errors. Nothing was changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not allowed for this token: viewer tokens are read-only, some routes are founder-only, or the resource is out of this scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The request body is larger than the configured limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit reached: retry after `retry_after` seconds (also the Retry-After header). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unavailable for now (maintenance mode: writes are paused): retry after `retry_after` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    departmentActivityDepartmentActivity: {
        parameters: {
            query?: {
                include_hidden?: boolean;
            };
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DepartmentActivityDto"];
                };
            };
            /** @description Invalid input (body, path or query parameter); `message` lists the field errors. Nothing was changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit reached: retry after `retry_after` seconds (also the Retry-After header). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    voiceStatus: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VoiceStatusDto"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit reached: retry after `retry_after` seconds (also the Retry-After header). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    voiceGetSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VoiceSettingsDto"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit reached: retry after `retry_after` seconds (also the Retry-After header). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    compatSystemUpdateVoiceSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateVoiceSettingsDto"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VoiceSettingsUpdateDto"];
                };
            };
            /** @description Invalid input (body, path or query parameter); `message` lists the field errors. Nothing was changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not allowed for this token: viewer tokens are read-only, some routes are founder-only, or the resource is out of this scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The request body is larger than the configured limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit reached: retry after `retry_after` seconds (also the Retry-After header). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unavailable for now (maintenance mode: writes are paused): retry after `retry_after` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    voiceUpdateSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateVoiceSettingsDto"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VoiceSettingsDto"];
                };
            };
            /** @description Invalid input (body, path or query parameter); `message` lists the field errors. Nothing was changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not allowed for this token: viewer tokens are read-only, some routes are founder-only, or the resource is out of this scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The request body is larger than the configured limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit reached: retry after `retry_after` seconds (also the Retry-After header). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unavailable for now (maintenance mode: writes are paused): retry after `retry_after` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    voiceTalk: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ToggleVoiceDto"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VoiceToggleDto"];
                };
            };
            /** @description Invalid input (body, path or query parameter); `message` lists the field errors. Nothing was changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not allowed for this token: viewer tokens are read-only, some routes are founder-only, or the resource is out of this scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The request body is larger than the configured limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit reached: retry after `retry_after` seconds (also the Retry-After header). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unavailable for now (maintenance mode: writes are paused): retry after `retry_after` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    voiceListen: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ToggleVoiceDto"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VoiceToggleDto"];
                };
            };
            /** @description Invalid input (body, path or query parameter); `message` lists the field errors. Nothing was changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not allowed for this token: viewer tokens are read-only, some routes are founder-only, or the resource is out of this scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The request body is larger than the configured limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit reached: retry after `retry_after` seconds (also the Retry-After header). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unavailable for now (maintenance mode: writes are paused): retry after `retry_after` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    voiceReset: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResetVoiceDto"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VoiceResetDto"];
                };
            };
            /** @description Invalid input (body, path or query parameter); `message` lists the field errors. Nothing was changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not allowed for this token: viewer tokens are read-only, some routes are founder-only, or the resource is out of this scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The request body is larger than the configured limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit reached: retry after `retry_after` seconds (also the Retry-After header). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unavailable for now (maintenance mode: writes are paused): retry after `retry_after` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    voiceGetAgent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                cell_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VoiceSettingsDto"];
                };
            };
            /** @description Invalid input (body, path or query parameter); `message` lists the field errors. Nothing was changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit reached: retry after `retry_after` seconds (also the Retry-After header). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    voiceUpdateAgent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                cell_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateVoiceSettingsDto"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VoiceSettingsDto"];
                };
            };
            /** @description Invalid input (body, path or query parameter); `message` lists the field errors. Nothing was changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not allowed for this token: viewer tokens are read-only, some routes are founder-only, or the resource is out of this scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The request body is larger than the configured limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit reached: retry after `retry_after` seconds (also the Retry-After header). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unavailable for now (maintenance mode: writes are paused): retry after `retry_after` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    voiceResetAgent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                cell_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VoiceResetDto"];
                };
            };
            /** @description Invalid input (body, path or query parameter); `message` lists the field errors. Nothing was changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not allowed for this token: viewer tokens are read-only, some routes are founder-only, or the resource is out of this scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit reached: retry after `retry_after` seconds (also the Retry-After header). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unavailable for now (maintenance mode: writes are paused): retry after `retry_after` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    connectionTools: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ToolListDto"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not allowed for this token: viewer tokens are read-only, some routes are founder-only, or the resource is out of this scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit reached: retry after `retry_after` seconds (also the Retry-After header). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    connectionFindAll: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConnectionListDto"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not allowed for this token: viewer tokens are read-only, some routes are founder-only, or the resource is out of this scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit reached: retry after `retry_after` seconds (also the Retry-After header). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    connectionCreate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateConnectionDto"];
            };
        };
        responses: {
            /** @description Success. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConnectionDto"];
                };
            };
            /** @description Invalid input (body, path or query parameter); `message` lists the field errors. Nothing was changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not allowed for this token: viewer tokens are read-only, some routes are founder-only, or the resource is out of this scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The request body is larger than the configured limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit reached: retry after `retry_after` seconds (also the Retry-After header). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unavailable for now (maintenance mode: writes are paused): retry after `retry_after` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    connectionFindOne: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConnectionDto"];
                };
            };
            /** @description Invalid input (body, path or query parameter); `message` lists the field errors. Nothing was changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not allowed for this token: viewer tokens are read-only, some routes are founder-only, or the resource is out of this scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit reached: retry after `retry_after` seconds (also the Retry-After header). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    connectionRemove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConnectionDeletedDto"];
                };
            };
            /** @description Invalid input (body, path or query parameter); `message` lists the field errors. Nothing was changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not allowed for this token: viewer tokens are read-only, some routes are founder-only, or the resource is out of this scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit reached: retry after `retry_after` seconds (also the Retry-After header). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unavailable for now (maintenance mode: writes are paused): retry after `retry_after` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    connectionUpdate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateConnectionDto"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConnectionDto"];
                };
            };
            /** @description Invalid input (body, path or query parameter); `message` lists the field errors. Nothing was changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not allowed for this token: viewer tokens are read-only, some routes are founder-only, or the resource is out of this scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The request body is larger than the configured limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit reached: retry after `retry_after` seconds (also the Retry-After header). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unavailable for now (maintenance mode: writes are paused): retry after `retry_after` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    connectionTest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConnectionTestDto"];
                };
            };
            /** @description Invalid input (body, path or query parameter); `message` lists the field errors. Nothing was changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not allowed for this token: viewer tokens are read-only, some routes are founder-only, or the resource is out of this scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit reached: retry after `retry_after` seconds (also the Retry-After header). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unavailable for now (maintenance mode: writes are paused): retry after `retry_after` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    healthLive: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LivenessDto"];
                };
            };
        };
    };
    healthLiveAlias1: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LivenessDto"];
                };
            };
        };
    };
    healthReady: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReadinessDto"];
                };
            };
            /** @description Unavailable for now (maintenance mode: writes are paused): retry after `retry_after` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    healthReadyAlias1: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReadinessDto"];
                };
            };
            /** @description Unavailable for now (maintenance mode: writes are paused): retry after `retry_after` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    llmStatus: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LlmStatusDto"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit reached: retry after `retry_after` seconds (also the Retry-After header). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    llmRefresh: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LlmStatusDto"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not allowed for this token: viewer tokens are read-only, some routes are founder-only, or the resource is out of this scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit reached: retry after `retry_after` seconds (also the Retry-After header). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unavailable for now (maintenance mode: writes are paused): retry after `retry_after` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    metricsScrape: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Prometheus text format 0.0.4. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain; version=0.0.4; charset=utf-8": string;
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A viewer token: metrics are for the founder token or METRICS_TOKEN only. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit reached: retry after `retry_after` seconds (also the Retry-After header). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    chatHistoryFindAll: {
        parameters: {
            query?: {
                limit?: number;
                /** @description `next_cursor` of the previous page */
                cursor?: string;
                scope_type?: "agent" | "department" | "council" | "executive" | "general";
                scope_id?: string;
                category?: string;
                include_empty?: boolean;
                deleted?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionListDto"];
                };
            };
            /** @description Invalid input (body, path or query parameter); `message` lists the field errors. Nothing was changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit reached: retry after `retry_after` seconds (also the Retry-After header). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    chatHistoryCreate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateSessionDto"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionResultDto"];
                };
            };
            /** @description Invalid input (body, path or query parameter); `message` lists the field errors. Nothing was changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not allowed for this token: viewer tokens are read-only, some routes are founder-only, or the resource is out of this scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The request body is larger than the configured limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit reached: retry after `retry_after` seconds (also the Retry-After header). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unavailable for now (maintenance mode: writes are paused): retry after `retry_after` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    chatHistoryFindOne: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                session_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionWithMessagesDto"];
                };
            };
            /** @description Invalid input (body, path or query parameter); `message` lists the field errors. Nothing was changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit reached: retry after `retry_after` seconds (also the Retry-After header). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    compatChatHistoryUpdate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                session_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateSessionDto"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionDto"];
                };
            };
            /** @description Invalid input (body, path or query parameter); `message` lists the field errors. Nothing was changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not allowed for this token: viewer tokens are read-only, some routes are founder-only, or the resource is out of this scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The request body is larger than the configured limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit reached: retry after `retry_after` seconds (also the Retry-After header). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unavailable for now (maintenance mode: writes are paused): retry after `retry_after` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    chatHistoryRemove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                session_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionDeletedDto"];
                };
            };
            /** @description Invalid input (body, path or query parameter); `message` lists the field errors. Nothing was changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not allowed for this token: viewer tokens are read-only, some routes are founder-only, or the resource is out of this scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit reached: retry after `retry_after` seconds (also the Retry-After header). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unavailable for now (maintenance mode: writes are paused): retry after `retry_after` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    chatHistoryUpdate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                session_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateSessionDto"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionDto"];
                };
            };
            /** @description Invalid input (body, path or query parameter); `message` lists the field errors. Nothing was changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not allowed for this token: viewer tokens are read-only, some routes are founder-only, or the resource is out of this scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The request body is larger than the configured limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit reached: retry after `retry_after` seconds (also the Retry-After header). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unavailable for now (maintenance mode: writes are paused): retry after `retry_after` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    chatHistoryRestore: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                session_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionResultDto"];
                };
            };
            /** @description Invalid input (body, path or query parameter); `message` lists the field errors. Nothing was changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not allowed for this token: viewer tokens are read-only, some routes are founder-only, or the resource is out of this scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit reached: retry after `retry_after` seconds (also the Retry-After header). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unavailable for now (maintenance mode: writes are paused): retry after `retry_after` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    chatHistoryMessages: {
        parameters: {
            query?: {
                before_id?: number;
                after_id?: number;
                limit?: number;
            };
            header?: never;
            path: {
                session_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessagePageDto"];
                };
            };
            /** @description Invalid input (body, path or query parameter); `message` lists the field errors. Nothing was changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit reached: retry after `retry_after` seconds (also the Retry-After header). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    chatHistoryAddMessage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                session_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddMessageDto"];
            };
        };
        responses: {
            /** @description Success. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AddedMessageDto"];
                };
            };
            /** @description Invalid input (body, path or query parameter); `message` lists the field errors. Nothing was changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not allowed for this token: viewer tokens are read-only, some routes are founder-only, or the resource is out of this scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The request body is larger than the configured limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit reached: retry after `retry_after` seconds (also the Retry-After header). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unavailable for now (maintenance mode: writes are paused): retry after `retry_after` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    chatHistoryRegenerate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                session_id: string;
                message_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegeneratedReplyDto"];
                };
            };
            /** @description Invalid input (body, path or query parameter); `message` lists the field errors. Nothing was changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not allowed for this token: viewer tokens are read-only, some routes are founder-only, or the resource is out of this scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit reached: retry after `retry_after` seconds (also the Retry-After header). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unavailable for now (maintenance mode: writes are paused): retry after `retry_after` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    chatHistoryStop: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                session_id: string;
                message_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReplyActionDto"];
                };
            };
            /** @description Invalid input (body, path or query parameter); `message` lists the field errors. Nothing was changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not allowed for this token: viewer tokens are read-only, some routes are founder-only, or the resource is out of this scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit reached: retry after `retry_after` seconds (also the Retry-After header). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unavailable for now (maintenance mode: writes are paused): retry after `retry_after` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    chatHistoryGetOrCreate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GetOrCreateSessionDto"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetOrCreateSessionResultDto"];
                };
            };
            /** @description Invalid input (body, path or query parameter); `message` lists the field errors. Nothing was changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not allowed for this token: viewer tokens are read-only, some routes are founder-only, or the resource is out of this scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The request body is larger than the configured limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit reached: retry after `retry_after` seconds (also the Retry-After header). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unavailable for now (maintenance mode: writes are paused): retry after `retry_after` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    chatHistoryCategories: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChatCategoryListDto"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit reached: retry after `retry_after` seconds (also the Retry-After header). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    agentFindAll: {
        parameters: {
            query?: {
                /** @description Also show hidden departments (and their agents) */
                include_hidden?: boolean;
                limit?: number;
                /** @description `next_cursor` of the previous page */
                cursor?: string;
                /** @description Department slug */
                department?: string;
                /** @description Alias of `department` (the original clients send it) */
                department_id?: string;
                /** @description Rows to skip (the original clients page by offset; `cursor` is ours) */
                offset?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgentListDto"];
                };
            };
            /** @description Invalid input (body, path or query parameter); `message` lists the field errors. Nothing was changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit reached: retry after `retry_after` seconds (also the Retry-After header). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    agentCreate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateAgentDto"];
            };
        };
        responses: {
            /** @description Success. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgentDto"];
                };
            };
            /** @description Invalid input (body, path or query parameter); `message` lists the field errors. Nothing was changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not allowed for this token: viewer tokens are read-only, some routes are founder-only, or the resource is out of this scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The request body is larger than the configured limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit reached: retry after `retry_after` seconds (also the Retry-After header). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unavailable for now (maintenance mode: writes are paused): retry after `retry_after` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    agentFindOne: {
        parameters: {
            query?: {
                /** @description Also show hidden departments (and their agents) */
                include_hidden?: boolean;
            };
            header?: never;
            path: {
                cell_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgentDto"];
                };
            };
            /** @description Invalid input (body, path or query parameter); `message` lists the field errors. Nothing was changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit reached: retry after `retry_after` seconds (also the Retry-After header). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    agentRemove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                cell_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgentDeletedDto"];
                };
            };
            /** @description Invalid input (body, path or query parameter); `message` lists the field errors. Nothing was changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not allowed for this token: viewer tokens are read-only, some routes are founder-only, or the resource is out of this scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit reached: retry after `retry_after` seconds (also the Retry-After header). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unavailable for now (maintenance mode: writes are paused): retry after `retry_after` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    agentUpdate: {
        parameters: {
            query?: {
                /** @description Same as the body field `auto_backup` (the body wins when both are given) */
                auto_backup?: boolean;
            };
            header?: never;
            path: {
                cell_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateAgentDto"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgentDto"];
                };
            };
            /** @description Invalid input (body, path or query parameter); `message` lists the field errors. Nothing was changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not allowed for this token: viewer tokens are read-only, some routes are founder-only, or the resource is out of this scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The request body is larger than the configured limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit reached: retry after `retry_after` seconds (also the Retry-After header). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unavailable for now (maintenance mode: writes are paused): retry after `retry_after` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    agentChatChat: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                cell_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AgentChatDto"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgentChatReplyDto"];
                };
            };
            /** @description Invalid input (body, path or query parameter); `message` lists the field errors. Nothing was changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not allowed for this token: viewer tokens are read-only, some routes are founder-only, or the resource is out of this scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The request body is larger than the configured limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit reached: retry after `retry_after` seconds (also the Retry-After header). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unavailable for now (maintenance mode: writes are paused): retry after `retry_after` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    departmentFindAll: {
        parameters: {
            query?: {
                /** @description Also show hidden departments (and their agents) */
                include_hidden?: boolean;
                /** @description Embed each department's agents */
                include_agents?: boolean;
                limit?: number;
                offset?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DepartmentListDto"];
                };
            };
            /** @description Invalid input (body, path or query parameter); `message` lists the field errors. Nothing was changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit reached: retry after `retry_after` seconds (also the Retry-After header). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    departmentFindOne: {
        parameters: {
            query?: {
                /** @description Also show hidden departments (and their agents) */
                include_hidden?: boolean;
                /** @description Embed the department's agents */
                include_agents?: boolean;
            };
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DepartmentWithAgentsDto"];
                };
            };
            /** @description Invalid input (body, path or query parameter); `message` lists the field errors. Nothing was changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit reached: retry after `retry_after` seconds (also the Retry-After header). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    departmentFindAgents: {
        parameters: {
            query?: {
                /** @description Also show hidden departments (and their agents) */
                include_hidden?: boolean;
            };
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DepartmentAgentsDto"];
                };
            };
            /** @description Invalid input (body, path or query parameter); `message` lists the field errors. Nothing was changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit reached: retry after `retry_after` seconds (also the Retry-After header). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    departmentChatChat: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DepartmentChatDto"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DepartmentChatReplyDto"];
                };
            };
            /** @description Invalid input (body, path or query parameter); `message` lists the field errors. Nothing was changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not allowed for this token: viewer tokens are read-only, some routes are founder-only, or the resource is out of this scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The request body is larger than the configured limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit reached: retry after `retry_after` seconds (also the Retry-After header). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unavailable for now (maintenance mode: writes are paused): retry after `retry_after` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    departmentChatSessions: {
        parameters: {
            query?: {
                limit?: number;
                /** @description `next_cursor` of the previous page */
                cursor?: string;
                category?: string;
            };
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DepartmentSessionListDto"];
                };
            };
            /** @description Invalid input (body, path or query parameter); `message` lists the field errors. Nothing was changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit reached: retry after `retry_after` seconds (also the Retry-After header). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    departmentChatSession: {
        parameters: {
            query?: {
                before_id?: number;
                limit?: number;
            };
            header?: never;
            path: {
                slug: string;
                session_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DepartmentSessionDto"];
                };
            };
            /** @description Invalid input (body, path or query parameter); `message` lists the field errors. Nothing was changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit reached: retry after `retry_after` seconds (also the Retry-After header). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    compatChatDeleteDepartmentSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
                session_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DepartmentSessionDeletedDto"];
                };
            };
            /** @description Invalid input (body, path or query parameter); `message` lists the field errors. Nothing was changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not allowed for this token: viewer tokens are read-only, some routes are founder-only, or the resource is out of this scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit reached: retry after `retry_after` seconds (also the Retry-After header). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unavailable for now (maintenance mode: writes are paused): retry after `retry_after` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    councilFindAll: {
        parameters: {
            query?: {
                /** @description Also list disabled councils */
                include_disabled?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CouncilListDto"];
                };
            };
            /** @description Invalid input (body, path or query parameter); `message` lists the field errors. Nothing was changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit reached: retry after `retry_after` seconds (also the Retry-After header). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    councilCreate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCouncilDto"];
            };
        };
        responses: {
            /** @description Success. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CouncilDto"];
                };
            };
            /** @description Invalid input (body, path or query parameter); `message` lists the field errors. Nothing was changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not allowed for this token: viewer tokens are read-only, some routes are founder-only, or the resource is out of this scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The request body is larger than the configured limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit reached: retry after `retry_after` seconds (also the Retry-After header). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unavailable for now (maintenance mode: writes are paused): retry after `retry_after` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    councilFindOne: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CouncilDto"];
                };
            };
            /** @description Invalid input (body, path or query parameter); `message` lists the field errors. Nothing was changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit reached: retry after `retry_after` seconds (also the Retry-After header). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    councilRemove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CouncilDeletedDto"];
                };
            };
            /** @description Invalid input (body, path or query parameter); `message` lists the field errors. Nothing was changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not allowed for this token: viewer tokens are read-only, some routes are founder-only, or the resource is out of this scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit reached: retry after `retry_after` seconds (also the Retry-After header). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unavailable for now (maintenance mode: writes are paused): retry after `retry_after` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    councilUpdate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateCouncilDto"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CouncilDto"];
                };
            };
            /** @description Invalid input (body, path or query parameter); `message` lists the field errors. Nothing was changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not allowed for this token: viewer tokens are read-only, some routes are founder-only, or the resource is out of this scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The request body is larger than the configured limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit reached: retry after `retry_after` seconds (also the Retry-After header). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unavailable for now (maintenance mode: writes are paused): retry after `retry_after` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    councilEnable: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CouncilDto"];
                };
            };
            /** @description Invalid input (body, path or query parameter); `message` lists the field errors. Nothing was changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not allowed for this token: viewer tokens are read-only, some routes are founder-only, or the resource is out of this scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit reached: retry after `retry_after` seconds (also the Retry-After header). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unavailable for now (maintenance mode: writes are paused): retry after `retry_after` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    councilDisable: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CouncilDto"];
                };
            };
            /** @description Invalid input (body, path or query parameter); `message` lists the field errors. Nothing was changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not allowed for this token: viewer tokens are read-only, some routes are founder-only, or the resource is out of this scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit reached: retry after `retry_after` seconds (also the Retry-After header). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unavailable for now (maintenance mode: writes are paused): retry after `retry_after` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    councilRestore: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CouncilDto"];
                };
            };
            /** @description Invalid input (body, path or query parameter); `message` lists the field errors. Nothing was changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not allowed for this token: viewer tokens are read-only, some routes are founder-only, or the resource is out of this scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit reached: retry after `retry_after` seconds (also the Retry-After header). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unavailable for now (maintenance mode: writes are paused): retry after `retry_after` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    councilAddMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateMemberDto"];
            };
        };
        responses: {
            /** @description Success. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CouncilMemberDto"];
                };
            };
            /** @description Invalid input (body, path or query parameter); `message` lists the field errors. Nothing was changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not allowed for this token: viewer tokens are read-only, some routes are founder-only, or the resource is out of this scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The request body is larger than the configured limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit reached: retry after `retry_after` seconds (also the Retry-After header). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unavailable for now (maintenance mode: writes are paused): retry after `retry_after` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    councilRemoveMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
                member_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CouncilMemberDeletedDto"];
                };
            };
            /** @description Invalid input (body, path or query parameter); `message` lists the field errors. Nothing was changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not allowed for this token: viewer tokens are read-only, some routes are founder-only, or the resource is out of this scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit reached: retry after `retry_after` seconds (also the Retry-After header). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unavailable for now (maintenance mode: writes are paused): retry after `retry_after` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    councilUpdateMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
                member_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateMemberDto"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CouncilMemberDto"];
                };
            };
            /** @description Invalid input (body, path or query parameter); `message` lists the field errors. Nothing was changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not allowed for this token: viewer tokens are read-only, some routes are founder-only, or the resource is out of this scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The request body is larger than the configured limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit reached: retry after `retry_after` seconds (also the Retry-After header). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unavailable for now (maintenance mode: writes are paused): retry after `retry_after` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    councilDebateFindAll: {
        parameters: {
            query?: {
                limit?: number;
                /** @description `next_cursor` of the previous page */
                cursor?: string;
            };
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DebateListDto"];
                };
            };
            /** @description Invalid input (body, path or query parameter); `message` lists the field errors. Nothing was changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit reached: retry after `retry_after` seconds (also the Retry-After header). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    councilDebateStart: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StartDebateDto"];
            };
        };
        responses: {
            /** @description Success. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DebateDto"];
                };
            };
            /** @description Invalid input (body, path or query parameter); `message` lists the field errors. Nothing was changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not allowed for this token: viewer tokens are read-only, some routes are founder-only, or the resource is out of this scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The request body is larger than the configured limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit reached: retry after `retry_after` seconds (also the Retry-After header). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unavailable for now (maintenance mode: writes are paused): retry after `retry_after` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    councilDebateFindOne: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
                session_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DebateDto"];
                };
            };
            /** @description Invalid input (body, path or query parameter); `message` lists the field errors. Nothing was changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit reached: retry after `retry_after` seconds (also the Retry-After header). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    councilDebateAddMessage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
                session_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DebateMessageDto"];
            };
        };
        responses: {
            /** @description Success. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DebateMessageAddedDto"];
                };
            };
            /** @description Invalid input (body, path or query parameter); `message` lists the field errors. Nothing was changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not allowed for this token: viewer tokens are read-only, some routes are founder-only, or the resource is out of this scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The request body is larger than the configured limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit reached: retry after `retry_after` seconds (also the Retry-After header). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unavailable for now (maintenance mode: writes are paused): retry after `retry_after` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    councilDebateNextRound: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
                session_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DebateDto"];
                };
            };
            /** @description Invalid input (body, path or query parameter); `message` lists the field errors. Nothing was changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not allowed for this token: viewer tokens are read-only, some routes are founder-only, or the resource is out of this scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit reached: retry after `retry_after` seconds (also the Retry-After header). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unavailable for now (maintenance mode: writes are paused): retry after `retry_after` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    councilDebateSynthesize: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
                session_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DebateDto"];
                };
            };
            /** @description Invalid input (body, path or query parameter); `message` lists the field errors. Nothing was changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not allowed for this token: viewer tokens are read-only, some routes are founder-only, or the resource is out of this scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit reached: retry after `retry_after` seconds (also the Retry-After header). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unavailable for now (maintenance mode: writes are paused): retry after `retry_after` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    auditFindAll: {
        parameters: {
            query?: {
                /** @description ISO 8601, inclusive */
                since?: string;
                /** @description ISO 8601, exclusive */
                until?: string;
                /** @description Comma-separated event types; `domain.*` matches a prefix */
                event_type?: string;
                limit?: number;
                /** @description `next_cursor` of the previous page */
                cursor?: string;
                actor?: string;
                entity_type?: string;
                entity_id?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditPageDto"];
                };
            };
            /** @description Invalid input (body, path or query parameter); `message` lists the field errors. Nothing was changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not allowed for this token: viewer tokens are read-only, some routes are founder-only, or the resource is out of this scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit reached: retry after `retry_after` seconds (also the Retry-After header). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    auditStats: {
        parameters: {
            query?: {
                /** @description ISO 8601, inclusive */
                since?: string;
                /** @description ISO 8601, exclusive */
                until?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditStatsDto"];
                };
            };
            /** @description Invalid input (body, path or query parameter); `message` lists the field errors. Nothing was changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not allowed for this token: viewer tokens are read-only, some routes are founder-only, or the resource is out of this scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit reached: retry after `retry_after` seconds (also the Retry-After header). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    auditExport: {
        parameters: {
            query?: {
                /** @description ISO 8601, inclusive */
                since?: string;
                /** @description ISO 8601, exclusive */
                until?: string;
                /** @description Comma-separated event types; `domain.*` matches a prefix */
                event_type?: string;
                format?: "csv" | "jsonl";
                actor?: string;
                entity_type?: string;
                entity_id?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description CSV (RFC 4180, a header line) or JSON Lines: one audit row per line, ascending by id; sent as an attachment. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                    "application/x-ndjson": string;
                };
            };
            /** @description Invalid input (body, path or query parameter); `message` lists the field errors. Nothing was changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not allowed for this token: viewer tokens are read-only, some routes are founder-only, or the resource is out of this scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit reached: retry after `retry_after` seconds (also the Retry-After header). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    auditVerify: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChainVerificationDto"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not allowed for this token: viewer tokens are read-only, some routes are founder-only, or the resource is out of this scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit reached: retry after `retry_after` seconds (also the Retry-After header). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    founderConfigFindAll: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConfigListDto"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not allowed for this token: viewer tokens are read-only, some routes are founder-only, or the resource is out of this scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit reached: retry after `retry_after` seconds (also the Retry-After header). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    founderConfigFindOne: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConfigEntryDto"];
                };
            };
            /** @description Invalid input (body, path or query parameter); `message` lists the field errors. Nothing was changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not allowed for this token: viewer tokens are read-only, some routes are founder-only, or the resource is out of this scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit reached: retry after `retry_after` seconds (also the Retry-After header). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    founderConfigUpdate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                key: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetConfigValueDto"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConfigEntryDto"];
                };
            };
            /** @description Invalid input (body, path or query parameter); `message` lists the field errors. Nothing was changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not allowed for this token: viewer tokens are read-only, some routes are founder-only, or the resource is out of this scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The request body is larger than the configured limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit reached: retry after `retry_after` seconds (also the Retry-After header). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    founderConfigRemove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConfigEntryDto"];
                };
            };
            /** @description Invalid input (body, path or query parameter); `message` lists the field errors. Nothing was changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not allowed for this token: viewer tokens are read-only, some routes are founder-only, or the resource is out of this scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit reached: retry after `retry_after` seconds (also the Retry-After header). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    founderConfigHistory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConfigHistoryDto"];
                };
            };
            /** @description Invalid input (body, path or query parameter); `message` lists the field errors. Nothing was changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not allowed for this token: viewer tokens are read-only, some routes are founder-only, or the resource is out of this scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit reached: retry after `retry_after` seconds (also the Retry-After header). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    founderConfigRollback: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                key: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RollbackConfigDto"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConfigEntryDto"];
                };
            };
            /** @description Invalid input (body, path or query parameter); `message` lists the field errors. Nothing was changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not allowed for this token: viewer tokens are read-only, some routes are founder-only, or the resource is out of this scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The request body is larger than the configured limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit reached: retry after `retry_after` seconds (also the Retry-After header). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    founderDashboard: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FounderDashboardDto"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not allowed for this token: viewer tokens are read-only, some routes are founder-only, or the resource is out of this scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit reached: retry after `retry_after` seconds (also the Retry-After header). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    founderEmergencyStop: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EmergencyStopDto"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmergencyStopResultDto"];
                };
            };
            /** @description Invalid input (body, path or query parameter); `message` lists the field errors. Nothing was changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not allowed for this token: viewer tokens are read-only, some routes are founder-only, or the resource is out of this scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The request body is larger than the configured limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit reached: retry after `retry_after` seconds (also the Retry-After header). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    founderReleaseEmergency: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmergencyStateDto"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not allowed for this token: viewer tokens are read-only, some routes are founder-only, or the resource is out of this scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit reached: retry after `retry_after` seconds (also the Retry-After header). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    founderHiddenDepartments: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HiddenDepartmentsDto"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not allowed for this token: viewer tokens are read-only, some routes are founder-only, or the resource is out of this scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit reached: retry after `retry_after` seconds (also the Retry-After header). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    founderReveal: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DepartmentWithAgentsDto"];
                };
            };
            /** @description Invalid input (body, path or query parameter); `message` lists the field errors. Nothing was changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not allowed for this token: viewer tokens are read-only, some routes are founder-only, or the resource is out of this scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit reached: retry after `retry_after` seconds (also the Retry-After header). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    founderHide: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DepartmentWithAgentsDto"];
                };
            };
            /** @description Invalid input (body, path or query parameter); `message` lists the field errors. Nothing was changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not allowed for this token: viewer tokens are read-only, some routes are founder-only, or the resource is out of this scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit reached: retry after `retry_after` seconds (also the Retry-After header). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    founderReset: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResetDto"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConfigResetDto"];
                };
            };
            /** @description Invalid input (body, path or query parameter); `message` lists the field errors. Nothing was changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not allowed for this token: viewer tokens are read-only, some routes are founder-only, or the resource is out of this scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The request body is larger than the configured limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit reached: retry after `retry_after` seconds (also the Retry-After header). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    daenaStart: {
        parameters: {
            query?: {
                user_id?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StartChatDto"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DaenaChatStartDto"];
                };
            };
            /** @description Invalid input (body, path or query parameter); `message` lists the field errors. Nothing was changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not allowed for this token: viewer tokens are read-only, some routes are founder-only, or the resource is out of this scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The request body is larger than the configured limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit reached: retry after `retry_after` seconds (also the Retry-After header). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unavailable for now (maintenance mode: writes are paused): retry after `retry_after` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    daenaChat: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DaenaChatDto"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChatReplyDto"];
                };
            };
            /** @description Invalid input (body, path or query parameter); `message` lists the field errors. Nothing was changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not allowed for this token: viewer tokens are read-only, some routes are founder-only, or the resource is out of this scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The request body is larger than the configured limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit reached: retry after `retry_after` seconds (also the Retry-After header). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unavailable for now (maintenance mode: writes are paused): retry after `retry_after` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    daenaStream: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DaenaChatDto"];
            };
        };
        responses: {
            /** @description Server-sent events, one JSON object per `data:` line: `{type: "session", session_id}`, then `{type: "token", content}` per delta, then `{type: "done", session_id, message_id, status, model, duplicate}` or `{type: "error", error}`; `:` comment frames keep the stream alive. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": string;
                };
            };
            /** @description Invalid input (body, path or query parameter); `message` lists the field errors. Nothing was changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not allowed for this token: viewer tokens are read-only, some routes are founder-only, or the resource is out of this scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The request body is larger than the configured limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit reached: retry after `retry_after` seconds (also the Retry-After header). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unavailable for now (maintenance mode: writes are paused): retry after `retry_after` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    daenaSessions: {
        parameters: {
            query?: {
                limit?: number;
                /** @description `next_cursor` of the previous page */
                cursor?: string;
                category?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DaenaSessionListDto"];
                };
            };
            /** @description Invalid input (body, path or query parameter); `message` lists the field errors. Nothing was changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit reached: retry after `retry_after` seconds (also the Retry-After header). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    daenaSession: {
        parameters: {
            query?: {
                before_id?: number;
                limit?: number;
            };
            header?: never;
            path: {
                session_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DaenaSessionDetailDto"];
                };
            };
            /** @description Invalid input (body, path or query parameter); `message` lists the field errors. Nothing was changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit reached: retry after `retry_after` seconds (also the Retry-After header). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    daenaRemove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                session_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DaenaSessionDeletedDto"];
                };
            };
            /** @description Invalid input (body, path or query parameter); `message` lists the field errors. Nothing was changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not allowed for this token: viewer tokens are read-only, some routes are founder-only, or the resource is out of this scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit reached: retry after `retry_after` seconds (also the Retry-After header). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unavailable for now (maintenance mode: writes are paused): retry after `retry_after` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    daenaRestore: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                session_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DaenaSessionRestoredDto"];
                };
            };
            /** @description Invalid input (body, path or query parameter); `message` lists the field errors. Nothing was changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not allowed for this token: viewer tokens are read-only, some routes are founder-only, or the resource is out of this scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit reached: retry after `retry_after` seconds (also the Retry-After header). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unavailable for now (maintenance mode: writes are paused): retry after `retry_after` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    daenaStatus: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DaenaStatusDto"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit reached: retry after `retry_after` seconds (also the Retry-After header). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    searchSearch: {
        parameters: {
            query: {
                /** @description Words (all must match), `"a phrase"`, `prefix*`, `-excluded` word or `-"phrase"`. Matching ignores case, accents and word endings (stemming). */
                q: string;
                scope_type?: "executive" | "department" | "agent" | "council" | "general";
                /** @description Department slug, agent cell id or council id */
                scope_id?: string;
                /** @description As in the session lists: `departments` = scope department, `agents` = scope agent */
                category?: "executive" | "departments" | "agents" | "council" | "general" | "department" | "agent" | "all";
                /** @description Only messages of this role (session-title hits are left out) */
                role?: "user" | "assistant" | "system";
                /** @description Messages written at or after this instant */
                since?: string;
                /** @description Messages written before this instant */
                until?: string;
                /** @description Also search soft-deleted sessions */
                include_deleted?: boolean;
                limit?: number;
                /** @description `next_cursor` of the previous page */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SearchResponseDto"];
                };
            };
            /** @description Bad query syntax (unclosed quote, exclusions only, misplaced "*") or filters */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit reached: retry after `retry_after` seconds (also the Retry-After header). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    transferExport: {
        parameters: {
            query?: {
                /** @description Gzip the bundle (Content-Type application/gzip) */
                gzip?: boolean;
                /** @description Leave connection credentials out (they are exported encrypted otherwise) */
                without_credentials?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The bundle */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/x-ndjson": string;
                    "application/gzip": string;
                };
            };
            /** @description Invalid input (body, path or query parameter); `message` lists the field errors. Nothing was changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not allowed for this token: viewer tokens are read-only, some routes are founder-only, or the resource is out of this scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit reached: retry after `retry_after` seconds (also the Retry-After header). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    transferImport: {
        parameters: {
            query?: {
                /** @description What the body is; detected when `auto` */
                format?: "auto" | "daena" | "openwebui" | "librechat";
                /** @description Validate and report what would change, write nothing */
                dry_run?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": string;
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportReportDto"];
                };
            };
            /** @description Invalid input (body, path or query parameter); `message` lists the field errors. Nothing was changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not allowed for this token: viewer tokens are read-only, some routes are founder-only, or the resource is out of this scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit reached: retry after `retry_after` seconds (also the Retry-After header). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    compatChatDaenaSessionMessage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                session_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DaenaSessionMessageDto"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DaenaSessionMessageReplyDto"];
                };
            };
            /** @description Invalid input (body, path or query parameter); `message` lists the field errors. Nothing was changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not allowed for this token: viewer tokens are read-only, some routes are founder-only, or the resource is out of this scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The request body is larger than the configured limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit reached: retry after `retry_after` seconds (also the Retry-After header). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unavailable for now (maintenance mode: writes are paused): retry after `retry_after` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    compatChatAgentsOfDepartment: {
        parameters: {
            query?: {
                /** @description Also show hidden departments (and their agents) */
                include_hidden?: boolean;
                limit?: number;
                /** @description `next_cursor` of the previous page */
                cursor?: string;
                /** @description Rows to skip (the original clients page by offset; `cursor` is ours) */
                offset?: number;
            };
            header?: never;
            path: {
                department_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgentsOfDepartmentDto"];
                };
            };
            /** @description Invalid input (body, path or query parameter); `message` lists the field errors. Nothing was changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit reached: retry after `retry_after` seconds (also the Retry-After header). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    compatChatAgentChatHistory: {
        parameters: {
            query?: {
                limit?: number;
                /** @description `next_cursor` of the previous page */
                cursor?: string;
            };
            header?: never;
            path: {
                cell_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgentChatHistoryDto"];
                };
            };
            /** @description Invalid input (body, path or query parameter); `message` lists the field errors. Nothing was changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit reached: retry after `retry_after` seconds (also the Retry-After header). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    compatChatResetAgent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                cell_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgentResetDto"];
                };
            };
            /** @description Invalid input (body, path or query parameter); `message` lists the field errors. Nothing was changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not allowed for this token: viewer tokens are read-only, some routes are founder-only, or the resource is out of this scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit reached: retry after `retry_after` seconds (also the Retry-After header). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unavailable for now (maintenance mode: writes are paused): retry after `retry_after` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    compatChatHistoryCreateDepartmentSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                department_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateDepartmentSessionDto"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DepartmentSessionCreatedDto"];
                };
            };
            /** @description Invalid input (body, path or query parameter); `message` lists the field errors. Nothing was changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not allowed for this token: viewer tokens are read-only, some routes are founder-only, or the resource is out of this scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The request body is larger than the configured limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit reached: retry after `retry_after` seconds (also the Retry-After header). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unavailable for now (maintenance mode: writes are paused): retry after `retry_after` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    compatChatHistoryAllDepartmentChats: {
        parameters: {
            query?: {
                limit?: number;
                /** @description `next_cursor` of the previous page */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionListResultDto"];
                };
            };
            /** @description Invalid input (body, path or query parameter); `message` lists the field errors. Nothing was changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit reached: retry after `retry_after` seconds (also the Retry-After header). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    compatChatHistoryDepartmentChats: {
        parameters: {
            query?: {
                limit?: number;
                /** @description `next_cursor` of the previous page */
                cursor?: string;
            };
            header?: never;
            path: {
                department_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DepartmentSessionListDto"];
                };
            };
            /** @description Invalid input (body, path or query parameter); `message` lists the field errors. Nothing was changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit reached: retry after `retry_after` seconds (also the Retry-After header). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    compatChatHistorySessionsOfScope: {
        parameters: {
            query?: {
                limit?: number;
                /** @description `next_cursor` of the previous page */
                cursor?: string;
            };
            header?: never;
            path: {
                scope_type: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScopeSessionListDto"];
                };
            };
            /** @description Invalid input (body, path or query parameter); `message` lists the field errors. Nothing was changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit reached: retry after `retry_after` seconds (also the Retry-After header). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    compatChatHistorySessionsOfCategory: {
        parameters: {
            query?: {
                limit?: number;
                /** @description `next_cursor` of the previous page */
                cursor?: string;
            };
            header?: never;
            path: {
                category: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CategorySessionListDto"];
                };
            };
            /** @description Invalid input (body, path or query parameter); `message` lists the field errors. Nothing was changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit reached: retry after `retry_after` seconds (also the Retry-After header). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    compatChatHistorySessionsByCategory: {
        parameters: {
            query?: {
                limit?: number;
                /** @description `next_cursor` of the previous page */
                cursor?: string;
            };
            header?: never;
            path: {
                category: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionsByCategoryDto"];
                };
            };
            /** @description Invalid input (body, path or query parameter); `message` lists the field errors. Nothing was changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit reached: retry after `retry_after` seconds (also the Retry-After header). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    compatSystemRecentEvents: {
        parameters: {
            query?: {
                limit?: number;
                /** @description Only events after this id, ascending (without it: the newest, newest first) */
                since_event_id?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecentEventsDto"];
                };
            };
            /** @description Invalid input (body, path or query parameter); `message` lists the field errors. Nothing was changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit reached: retry after `retry_after` seconds (also the Retry-After header). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    compatSystemAuditLogs: {
        parameters: {
            query?: {
                limit?: number;
                actor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditLogsDto"];
                };
            };
            /** @description Invalid input (body, path or query parameter); `message` lists the field errors. Nothing was changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not allowed for this token: viewer tokens are read-only, some routes are founder-only, or the resource is out of this scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit reached: retry after `retry_after` seconds (also the Retry-After header). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    compatSystemBrainStatus: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BrainStatusDto"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit reached: retry after `retry_after` seconds (also the Retry-After header). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    compatSystemBrainListModels: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BrainModelsDto"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit reached: retry after `retry_after` seconds (also the Retry-After header). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    compatSystemBrainModels: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BrainModelsDto"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit reached: retry after `retry_after` seconds (also the Retry-After header). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    compatSystemTalkMode: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ToggleVoiceDto"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TalkModeDto"];
                };
            };
            /** @description Invalid input (body, path or query parameter); `message` lists the field errors. Nothing was changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not allowed for this token: viewer tokens are read-only, some routes are founder-only, or the resource is out of this scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The request body is larger than the configured limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit reached: retry after `retry_after` seconds (also the Retry-After header). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unavailable for now (maintenance mode: writes are paused): retry after `retry_after` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    compatSystemVoiceTest: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VoiceTestDto"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit reached: retry after `retry_after` seconds (also the Retry-After header). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    founderPanelDashboard: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FounderPanelDashboardDto"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not allowed for this token: viewer tokens are read-only, some routes are founder-only, or the resource is out of this scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit reached: retry after `retry_after` seconds (also the Retry-After header). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    founderPanelHiddenDepartments: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FounderPanelHiddenDepartmentsDto"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not allowed for this token: viewer tokens are read-only, some routes are founder-only, or the resource is out of this scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit reached: retry after `retry_after` seconds (also the Retry-After header). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    founderPanelReveal: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DepartmentVisibilityDto"];
                };
            };
            /** @description Invalid input (body, path or query parameter); `message` lists the field errors. Nothing was changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not allowed for this token: viewer tokens are read-only, some routes are founder-only, or the resource is out of this scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit reached: retry after `retry_after` seconds (also the Retry-After header). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    founderPanelHide: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DepartmentVisibilityDto"];
                };
            };
            /** @description Invalid input (body, path or query parameter); `message` lists the field errors. Nothing was changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not allowed for this token: viewer tokens are read-only, some routes are founder-only, or the resource is out of this scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit reached: retry after `retry_after` seconds (also the Retry-After header). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    founderPanelOverrides: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OverridesDto"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not allowed for this token: viewer tokens are read-only, some routes are founder-only, or the resource is out of this scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit reached: retry after `retry_after` seconds (also the Retry-After header). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    founderPanelOverride: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FounderOverrideDto"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OverrideResultDto"];
                };
            };
            /** @description Invalid input (body, path or query parameter); `message` lists the field errors. Nothing was changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not allowed for this token: viewer tokens are read-only, some routes are founder-only, or the resource is out of this scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The request body is larger than the configured limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit reached: retry after `retry_after` seconds (also the Retry-After header). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    founderPanelEmergencyControls: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmergencyControlsDto"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not allowed for this token: viewer tokens are read-only, some routes are founder-only, or the resource is out of this scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit reached: retry after `retry_after` seconds (also the Retry-After header). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    founderPanelStopAll: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EmergencyStopDto"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FounderPanelEmergencyStopDto"];
                };
            };
            /** @description Invalid input (body, path or query parameter); `message` lists the field errors. Nothing was changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not allowed for this token: viewer tokens are read-only, some routes are founder-only, or the resource is out of this scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The request body is larger than the configured limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit reached: retry after `retry_after` seconds (also the Retry-After header). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    founderPanelEmergencyStop: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EmergencyStopDto"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FounderPanelEmergencyStopDto"];
                };
            };
            /** @description Invalid input (body, path or query parameter); `message` lists the field errors. Nothing was changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not allowed for this token: viewer tokens are read-only, some routes are founder-only, or the resource is out of this scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The request body is larger than the configured limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit reached: retry after `retry_after` seconds (also the Retry-After header). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    founderPanelReleaseEmergency: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FounderPanelEmergencyReleaseDto"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not allowed for this token: viewer tokens are read-only, some routes are founder-only, or the resource is out of this scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit reached: retry after `retry_after` seconds (also the Retry-After header). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    founderPanelMaintenance: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MaintenanceDto"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MaintenanceResultDto"];
                };
            };
            /** @description Invalid input (body, path or query parameter); `message` lists the field errors. Nothing was changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not allowed for this token: viewer tokens are read-only, some routes are founder-only, or the resource is out of this scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The request body is larger than the configured limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit reached: retry after `retry_after` seconds (also the Retry-After header). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
}
