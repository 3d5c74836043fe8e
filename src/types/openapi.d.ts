/**
 * Generated from openapi/chatwoot.yaml by openapi-typescript (scripts/gen-types.mjs): do not edit.
 * Friendly names for these types: src/types/index.ts (`chatwoot-fake/types`).
 */

export interface paths {
  "/api": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The Chatwoot version and whether its services answer
     * @description Anonymous (`skip_before_action :set_current_user`). `version` is the installation's (`Chatwoot.config[:version]`; the fake answers the version it emulates), `timestamp` the server's UTC time as Rails' `to_fs(:db)` writes it, and `queue_services` / `data_services` say whether Redis and Postgres answer (`ok` or `failing`; the fake's are always `ok`). Forks add keys (`capabilities`, `product`, …): a client should read the four it knows. The contract checker reads `version` from here.
     */
    get: operations["getApiInfo"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/accounts/{account_id}": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
      };
      cookie?: never;
    };
    /**
     * Get the account
     * @description Any member may read it. Api::V1::AccountsController finds the account among the caller's own (`current_user.accounts.find`): an account the caller does not belong to, or none at all, is 404 `{"error":"Resource could not be found"}` (not the 401 of the account-scoped routes).
     */
    get: operations["getAccount"];
    /**
     * Update the account (PUT)
     * @description Rails routes PUT to the same update action as PATCH.
     */
    put: operations["replaceAccount"];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Update the account
     * @description Administrators only (AccountPolicy#update?). Unknown keys are ignored, as strong parameters do. An account the caller does not belong to is 404, as for GET.
     */
    patch: operations["updateAccount"];
    trace?: never;
  };
  "/api/v1/accounts/{account_id}/update_active_at": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Mark the account as the caller's active one
     * @description AccountsController#update_active_at: sets the caller's membership `active_at` to now (it shows as `accounts[].active_at` of the profile, and the latest one is the profile's `account_id`). Any member (AccountPolicy#update_active_at? is true); an account the caller does not belong to is 404.
     */
    post: operations["updateAccountActiveAt"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/accounts/{account_id}/agents": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
      };
      cookie?: never;
    };
    /** List the agents of the account */
    get: operations["listAgents"];
    put?: never;
    /**
     * Add an agent to the account
     * @description Administrators only. Creates the user when the email is new (Chatwoot's AgentBuilder).
     */
    post: operations["createAgent"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/accounts/{account_id}/agents/bulk_create": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Invite several agents at once
     * @description Administrators only (AgentsController#bulk_create). Each email goes through AgentBuilder with the address's local part as the name and the agent role; an address that fails validation (already a member, blank, malformed) is skipped and the rest go on. Answers an empty 200. Chatwoot answers 500 when `emails` is missing or holds a non-string (`nil.count`, `Integer#split`); the fake refuses such a body with a 422 before inviting anyone.
     */
    post: operations["bulkCreateAgents"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/accounts/{account_id}/agents/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
        /** @description The numeric id of the record. Chatwoot's routes constrain no id: any value reaches `find`, which reads it with `to_i` (`abc` finds nothing: 404; `1abc` is 1), as the fake does for every integer path parameter. */
        id: components["parameters"]["id"];
      };
      cookie?: never;
    };
    get?: never;
    /** Update an agent (PUT) */
    put: operations["replaceAgent"];
    post?: never;
    /**
     * Remove an agent from the account
     * @description Administrators only. Removes the membership (and the agent's inbox and team memberships).
     */
    delete: operations["deleteAgent"];
    options?: never;
    head?: never;
    /**
     * Update an agent
     * @description Administrators only. `name` on the user; `role`, `availability`, `auto_offline` on the membership.
     */
    patch: operations["updateAgent"];
    trace?: never;
  };
  "/api/v1/accounts/{account_id}/inboxes": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
      };
      cookie?: never;
    };
    /**
     * List the inboxes
     * @description Not paginated, ordered by lower(name). Agents see only the inboxes they are members of; administrators see all (InboxPolicy::Scope → `user.assigned_inboxes`).
     */
    get: operations["listInboxes"];
    put?: never;
    /**
     * Create an inbox
     * @description Administrators only. Creates the channel (`channel.type` web_widget or api), then the inbox (app/controllers/api/v1/accounts/inboxes_controller.rb#create). Inbox names of web widget and API inboxes may not start or end with a symbol nor contain < > / \ @.
     */
    post: operations["createInbox"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/accounts/{account_id}/inboxes/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
        /** @description The numeric id of the record. Chatwoot's routes constrain no id: any value reaches `find`, which reads it with `to_i` (`abc` finds nothing: 404; `1abc` is 1), as the fake does for every integer path parameter. */
        id: components["parameters"]["id"];
      };
      cookie?: never;
    };
    /**
     * Get an inbox
     * @description An agent who is not a member of the inbox gets 401 (InboxPolicy#show?).
     */
    get: operations["getInbox"];
    /** Update an inbox (PUT) */
    put: operations["replaceInbox"];
    post?: never;
    /**
     * Delete an inbox
     * @description Administrators only. Deletes the inbox with its conversations (and their messages), contact inboxes, members, agent bot binding and inbox webhooks; contacts stay. Chatwoot does this in a background job and answers at once; the fake deletes before answering.
     */
    delete: operations["deleteInbox"];
    options?: never;
    head?: never;
    /**
     * Update an inbox
     * @description Administrators only. Inbox fields, `working_hours` (by day_of_week) and the channel's editable attributes under `channel`.
     */
    patch: operations["updateInbox"];
    trace?: never;
  };
  "/api/v1/accounts/{account_id}/inboxes/{id}/avatar": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
        /** @description The numeric id of the record. Chatwoot's routes constrain no id: any value reaches `find`, which reads it with `to_i` (`abc` finds nothing: 404; `1abc` is 1), as the fake does for every integer path parameter. */
        id: components["parameters"]["id"];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /**
     * Remove the inbox avatar
     * @description Administrators only; `avatar_url` becomes "".
     */
    delete: operations["deleteInboxAvatar"];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/accounts/{account_id}/inboxes/{id}/agent_bot": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
        /** @description The numeric id of the record. Chatwoot's routes constrain no id: any value reaches `find`, which reads it with `to_i` (`abc` finds nothing: 404; `1abc` is 1), as the fake does for every integer path parameter. */
        id: components["parameters"]["id"];
      };
      cookie?: never;
    };
    /**
     * Get the inbox's agent bot
     * @description `{"agent_bot": {...}}`, or `{}` when no bot is attached. Members of the inbox and administrators.
     */
    get: operations["getInboxAgentBot"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/accounts/{account_id}/inboxes/{id}/set_agent_bot": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
        /** @description The numeric id of the record. Chatwoot's routes constrain no id: any value reaches `find`, which reads it with `to_i` (`abc` finds nothing: 404; `1abc` is 1), as the fake does for every integer path parameter. */
        id: components["parameters"]["id"];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Attach or remove the inbox's agent bot
     * @description Administrators only. `agent_bot` is a bot id (an inbox has at most one bot: the binding is replaced) or null/absent to remove it. An unknown bot id is a 404.
     */
    post: operations["setInboxAgentBot"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/accounts/{account_id}/inboxes/{id}/assignable_agents": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
        /** @description The numeric id of the record. Chatwoot's routes constrain no id: any value reaches `find`, which reads it with `to_i` (`abc` finds nothing: 404; `1abc` is 1), as the fake does for every integer path parameter. */
        id: components["parameters"]["id"];
      };
      cookie?: never;
    };
    /**
     * List the agents assignable in an inbox
     * @description `Inbox#assignable_agents`: the inbox's members, then the account's administrators (each user once), rendered with the agent partial in `{"payload": [...]}` (app/views/api/v1/accounts/inboxes/assignable_agents.json.jbuilder). Members of the inbox and administrators; an agent who is not a member gets 401. Chatwoot marks the action deprecated.
     */
    get: operations["listInboxAssignableAgents"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/accounts/{account_id}/channels/twilio_channel": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Create a Twilio SMS or WhatsApp inbox
     * @description Administrators only (app/controllers/api/v1/accounts/channels/twilio_channels_controller.rb). Chatwoot first authenticates with Twilio (`client.messages.list(limit: 1)`) and answers `render_could_not_create_error(e.message)` — 422 `{"error": "..."}` — when Twilio refuses. The fake has no Twilio to ask, so it always answers that 422 with Twilio's authentication error; Twilio SMS inboxes can be seeded in a world file instead.
     */
    post: operations["createTwilioChannel"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/accounts/{account_id}/inbox_members": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Add agents to an inbox
     * @description Administrators only. Body `inbox_id` and `user_ids`; users already members are left alone. Answers every member of the inbox (app/controllers/api/v1/accounts/inbox_members_controller.rb#create).
     */
    post: operations["addInboxMembers"];
    /**
     * Remove agents from an inbox
     * @description Administrators only. Body `inbox_id` and `user_ids`; ids that are not members are ignored (`inbox.remove_members`), so this never fails on them.
     */
    delete: operations["removeInboxMembers"];
    options?: never;
    head?: never;
    /**
     * Replace the members of an inbox
     * @description Administrators only. The inbox's members become exactly `user_ids` (missing ones are removed, new ones added; `[]` removes everyone).
     */
    patch: operations["updateInboxMembers"];
    trace?: never;
  };
  "/api/v1/accounts/{account_id}/inbox_members/{inbox_id}": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
        /** @description The inbox id. */
        inbox_id: number;
      };
      cookie?: never;
    };
    /**
     * List the members of an inbox
     * @description An agent who is not a member of the inbox gets 401 (InboxPolicy#show?).
     */
    get: operations["listInboxMembers"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/accounts/{account_id}/contacts": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
      };
      cookie?: never;
    };
    /**
     * List contacts (15 per page)
     * @description Only "resolved" contacts: those with a non-empty email, phone number or identifier (`Contact.resolved_contacts`); anonymous widget visitors are left out.
     */
    get: operations["listContacts"];
    put?: never;
    /**
     * Create a contact
     * @description With `inbox_id` (and optionally `source_id`) the contact inbox is created in the same call (an unknown inbox is a 404 and nothing is created). A `source_id` already used by another contact in that inbox makes Chatwoot's ContactInboxBuilder raise RecordNotUnique: Rails answers 500 here; the fake answers 422 `{"message":"Source id has already been taken","attributes":["source_id"]}`. Nothing is created.
     */
    post: operations["createContact"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/accounts/{account_id}/contacts/active": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
      };
      cookie?: never;
    };
    /**
     * List contacts online now
     * @description Contacts OnlineStatusTracker reports online; nobody is ever online in the fake, so it is empty.
     */
    get: operations["listActiveContacts"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/accounts/{account_id}/contacts/search": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
      };
      cookie?: never;
    };
    /**
     * Search contacts
     * @description Resolved contacts whose name, email, phone number or `additional_attributes.company_name` contain `q` (case-insensitive), or whose identifier contains it (case-sensitive LIKE). Without `q`: 422 `{"error":"Specify search string with parameter q"}`. Some newer Chatwoot versions answer `has_more` instead of the total count; this is the total-count variant.
     */
    get: operations["searchContacts"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/accounts/{account_id}/contacts/filter": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Filter contacts with conditions
     * @description Standard keys (lib/filters/filter_keys.yml): name, phone_number, email, identifier, country_code, city, company (the last three read `additional_attributes`), labels, created_at, last_activity_at, blocked; otherwise a custom attribute defined in the account. `equal_to`/`not_equal_to` on a standard key compare the first value only, lowercased; phone numbers are compared as "+" followed by the value without its "+" (app/services/contacts/filter_service.rb). Invalid conditions: 422 `{"error": ...}`.
     */
    post: operations["filterContacts"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/accounts/{account_id}/contacts/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
        /** @description The numeric id of the record. Chatwoot's routes constrain no id: any value reaches `find`, which reads it with `to_i` (`abc` finds nothing: 404; `1abc` is 1), as the fake does for every integer path parameter. */
        id: components["parameters"]["id"];
      };
      cookie?: never;
    };
    /** Show a contact */
    get: operations["getContact"];
    /**
     * Update a contact (PUT)
     * @description Same as PATCH (Rails routes both to `update`).
     */
    put: operations["replaceContact"];
    post?: never;
    /**
     * Delete a contact
     * @description Administrators only (ContactPolicy#destroy?). Also deletes the contact's contact inboxes, conversations and their messages (`dependent: :destroy_async`).
     */
    delete: operations["deleteContact"];
    options?: never;
    head?: never;
    /**
     * Update a contact
     * @description `custom_attributes` and `additional_attributes` are merged into the existing ones.
     */
    patch: operations["updateContact"];
    trace?: never;
  };
  "/api/v1/accounts/{account_id}/contacts/{id}/destroy_custom_attributes": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
        /** @description The numeric id of the record. Chatwoot's routes constrain no id: any value reaches `find`, which reads it with `to_i` (`abc` finds nothing: 404; `1abc` is 1), as the fake does for every integer path parameter. */
        id: components["parameters"]["id"];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Remove custom attributes from a contact */
    post: operations["deleteContactCustomAttributes"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/accounts/{account_id}/contacts/{id}/avatar": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
        /** @description The numeric id of the record. Chatwoot's routes constrain no id: any value reaches `find`, which reads it with `to_i` (`abc` finds nothing: 404; `1abc` is 1), as the fake does for every integer path parameter. */
        id: components["parameters"]["id"];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Remove a contact's avatar */
    delete: operations["deleteContactAvatar"];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/accounts/{account_id}/contacts/{id}/contactable_inboxes": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
        /** @description The numeric id of the record. Chatwoot's routes constrain no id: any value reaches `find`, which reads it with `to_i` (`abc` finds nothing: 404; `1abc` is 1), as the fake does for every integer path parameter. */
        id: components["parameters"]["id"];
      };
      cookie?: never;
    };
    /** Inboxes through which the contact can be reached */
    get: operations["listContactableInboxes"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/accounts/{account_id}/contacts/{contact_id}/contact_inboxes": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
        /** @description The contact's id. */
        contact_id: components["parameters"]["contact_id"];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Add a contact inbox (source id) to a contact
     * @description ContactInboxBuilder: returns the contact's existing contact inbox with that source id, or creates one (default source id: a uuid). Unknown inbox: 404; an inbox the agent is not a member of: 401. A source id used by another contact in that inbox (unhandled RecordNotUnique) or an empty one: Rails answers 500 here; the fake answers 422 (`Source id has already been taken` / `Source id can't be blank`).
     */
    post: operations["createContactInbox"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/accounts/{account_id}/contacts/{contact_id}/conversations": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
        /** @description The contact's id. */
        contact_id: components["parameters"]["contact_id"];
      };
      cookie?: never;
    };
    /** Conversations of a contact */
    get: operations["listContactConversations"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/accounts/{account_id}/contact_inboxes/filter": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Find the contact behind a source id of an inbox
     * @description ContactInboxesController#filter: the inbox is `Current.account.inboxes.find(inbox_id)` (unknown or missing: 404 `{"error":"Resource could not be found"}`), which the caller must be allowed to see (InboxPolicy#show?: administrators and the inbox's members; others 401). Then the contact inbox with that `source_id` in that inbox: none is `head :not_found`, a 404 with an empty body. Found: the contact, with its contact inboxes (the contact partial at the top level, no `payload` envelope).
     */
    post: operations["filterContactInboxes"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/accounts/{account_id}/conversations": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
      };
      cookie?: never;
    };
    /**
     * List conversations (25 per page) with the mine/assigned/unassigned/all counts
     * @description Agents see the conversations of their inboxes only. Ordered by `sort_by`. Source: app/finders/conversation_finder.rb, index.json.jbuilder.
     */
    get: operations["listConversations"];
    put?: never;
    /**
     * Create a conversation (optionally with a first outgoing message)
     * @description Answers 200 (not 201) with the conversation at top level. An inbox with `lock_to_single_conversation` returns the contact inbox's existing conversation instead (ConversationBuilder). Agent bots may call it.
     */
    post: operations["createConversation"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/accounts/{account_id}/conversations/meta": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
      };
      cookie?: never;
    };
    /** The mine/assigned/unassigned/all counts for the same filters as the list */
    get: operations["getConversationCounts"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/accounts/{account_id}/conversations/filter": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Filter conversations with a list of conditions (25 per page)
     * @description Conditions are joined left to right by each condition's `query_operator`. Standard keys: status, assignee_id, inbox_id, team_id, display_id, campaign_id, labels, browser_language, conversation_language, country_code, referer, created_at, last_activity_at, priority, plus the account's conversation custom attributes (lib/filters/filter_keys.yml). Invalid conditions answer 422 `{"error":...}` (render_could_not_create_error).
     */
    post: operations["filterConversations"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/accounts/{account_id}/conversations/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
        /** @description The conversation's display id (per-account number), not its database id. Read with Rails' `to_i`, as `find_by!(display_id:)` casts it: `abc` finds nothing (404), `1abc` is 1. */
        id: components["parameters"]["conversationId"];
      };
      cookie?: never;
    };
    /**
     * Show a conversation
     * @description An agent outside the conversation's inbox gets 401. Agent bots may call it.
     */
    get: operations["getConversation"];
    /**
     * Update a conversation (PUT)
     * @description Same as PATCH (Rails routes both to `update`).
     */
    put: operations["replaceConversation"];
    post?: never;
    /**
     * Delete a conversation
     * @description Administrators only (ConversationPolicy#destroy?). Chatwoot deletes in a job (Conversations::DeleteService → DeleteObjectJob); the fake deletes the conversation, its messages and participants at once.
     */
    delete: operations["deleteConversation"];
    options?: never;
    head?: never;
    /**
     * Update a conversation (priority)
     * @description ConversationsController#update permits only `priority` (Enterprise also `sla_policy_id`); other keys are ignored. A priority change adds the activity message and fires conversation_updated. Answers the conversation. Agent bots may call it.
     */
    patch: operations["updateConversation"];
    trace?: never;
  };
  "/api/v1/accounts/{account_id}/conversations/{id}/toggle_status": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
        /** @description The conversation's display id (per-account number), not its database id. Read with Rails' `to_i`, as `find_by!(display_id:)` casts it: `abc` finds nothing (404), `1abc` is 1. */
        id: components["parameters"]["conversationId"];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Set or toggle the status
     * @description Adds an activity message ("Conversation was marked resolved by <name>"). When the result is `open` and the caller is an agent (role agent, not administrator), the conversation is also assigned to the caller. An agent bot moving a pending conversation to open hands it off (`success` is then null). Agent bots may call it.
     */
    post: operations["toggleConversationStatus"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/accounts/{account_id}/conversations/{id}/toggle_priority": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
        /** @description The conversation's display id (per-account number), not its database id. Read with Rails' `to_i`, as `find_by!(display_id:)` casts it: `abc` finds nothing (404), `1abc` is 1. */
        id: components["parameters"]["conversationId"];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Set or remove the priority */
    post: operations["toggleConversationPriority"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/accounts/{account_id}/conversations/{conversation_id}/assignments": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
        /** @description The conversation's display id (per-account number), not its database id. Read with Rails' `to_i`, as `find_by!(display_id:)` casts it: `abc` finds nothing (404), `1abc` is 1. */
        conversation_id: components["parameters"]["nestedConversationId"];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Assign (or unassign) an agent or a team
     * @description With `assignee_id` the answer is the agent (or JSON null when unassigning); with only `team_id` it is the team as Rails model JSON with ISO timestamps (or null). A team the assignee is not a member of drops the assignee. Agent bots may call it.
     */
    post: operations["assignConversation"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/accounts/{account_id}/conversations/{conversation_id}/labels": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
        /** @description The conversation's display id (per-account number), not its database id. Read with Rails' `to_i`, as `find_by!(display_id:)` casts it: `abc` finds nothing (404), `1abc` is 1. */
        conversation_id: components["parameters"]["nestedConversationId"];
      };
      cookie?: never;
    };
    /** The conversation's label titles */
    get: operations["listConversationLabels"];
    put?: never;
    /**
     * Replace the conversation's labels
     * @description The posted list REPLACES the set (it does not append). Agent bots may call it.
     */
    post: operations["setConversationLabels"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/accounts/{account_id}/conversations/{conversation_id}/messages": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
        /** @description The conversation's display id (per-account number). */
        conversation_id: components["parameters"]["conversation_id"];
      };
      cookie?: never;
    };
    /**
     * List the messages of a conversation
     * @description MessageFinder (app/finders/message_finder.rb): without cursors the latest 20 messages; `before` → the 20 messages just before that message id; `after` → up to 100 messages after it; both → up to 1000 messages with `after` <= id < `before`. Always oldest first. Reading does not mark anything as seen (that is `update_last_seen`).
     */
    get: operations["listMessages"];
    put?: never;
    /**
     * Send a message (or a private note) in a conversation
     * @description Messages::MessageBuilder. Outgoing messages are sent by the caller (a user, or an agent bot — bots may call this); incoming ones by the conversation's contact and only in API inboxes (otherwise 422 `{"error":"Incoming messages are only allowed in Api inboxes"}`). Every failure is rescued by the controller and answered 422 `{"error":"<message>"}`, validation failures as `"Validation failed: ..."`. An incoming message reopens a resolved or snoozed conversation.
     */
    post: operations["createMessage"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/accounts/{account_id}/conversations/{conversation_id}/messages/{message_id}": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
        /** @description The conversation's display id (per-account number). */
        conversation_id: components["parameters"]["conversation_id"];
        /** @description The message id. */
        message_id: components["parameters"]["message_id"];
      };
      cookie?: never;
    };
    get?: never;
    /** Update a message's delivery status (PUT) */
    put: operations["replaceMessage"];
    post?: never;
    /**
     * Delete a message
     * @description A soft delete: the content becomes "This message was deleted", content_type `text`, content_attributes exactly `{"deleted":true}`, and the attachments are removed. Answers the message.
     */
    delete: operations["deleteMessage"];
    options?: never;
    head?: never;
    /**
     * Update a message's delivery status (API inboxes)
     * @description Messages::StatusUpdateService: `status` (sent, delivered, read, failed) and, with `failed`, `external_error` (kept in content_attributes). Any other status, or read → delivered, changes nothing and still answers 200. Conversations of other channels: 403 `{"error":"Message status update is only allowed for API inboxes"}`.
     */
    patch: operations["updateMessage"];
    trace?: never;
  };
  "/api/v1/accounts/{account_id}/conversations/{conversation_id}/messages/{message_id}/retry": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
        /** @description The conversation's display id (per-account number). */
        conversation_id: components["parameters"]["conversation_id"];
        /** @description The message id. */
        message_id: components["parameters"]["message_id"];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Send a (failed) message again
     * @description MessagesController#retry: the status becomes `sent` (Messages::StatusUpdateService), the content_attributes are emptied (with them `external_error`), each save sending message_updated, and SendReplyJob sends the message again on its channel. Answers the message partial. The controller rescues every error: a message id the conversation does not have is 422 `{"error":"Couldn't find Message with 'id'=<id> [WHERE ...]"}` (an unknown conversation is 404).
     */
    post: operations["retryMessage"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/accounts/{account_id}/webhooks": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
      };
      cookie?: never;
    };
    /**
     * List the account's webhooks
     * @description Administrators only (WebhookPolicy). Not paginated.
     */
    get: operations["listWebhooks"];
    put?: never;
    /**
     * Add a webhook
     * @description Administrators only. Permits `inbox_id, name, url, subscriptions[]`; a signing `secret` is generated (app/controllers/api/v1/accounts/webhooks_controller.rb, app/models/webhook.rb). Answers 200, not 201.
     */
    post: operations["createWebhook"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/accounts/{account_id}/webhooks/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
        /** @description The numeric id of the record. Chatwoot's routes constrain no id: any value reaches `find`, which reads it with `to_i` (`abc` finds nothing: 404; `1abc` is 1), as the fake does for every integer path parameter. */
        id: components["parameters"]["id"];
      };
      cookie?: never;
    };
    get?: never;
    /**
     * Update a webhook (PUT)
     * @description Rails routes PUT to the same update action as PATCH.
     */
    put: operations["replaceWebhook"];
    post?: never;
    /**
     * Delete a webhook
     * @description Administrators only.
     */
    delete: operations["deleteWebhook"];
    options?: never;
    head?: never;
    /**
     * Update a webhook
     * @description Administrators only. The newest controller permits only `name` and `subscriptions[]` on update (`webhook_update_params`): `url` and `inbox_id` in the body are silently ignored (older Chatwoot versions let them change). There is no GET for a single webhook.
     */
    patch: operations["updateWebhook"];
    trace?: never;
  };
  "/api/v1/accounts/{account_id}/teams": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
      };
      cookie?: never;
    };
    /** List the account's teams */
    get: operations["listTeams"];
    put?: never;
    /**
     * Create a team
     * @description Administrators only (TeamPolicy). The name is stored in lower case. Answers 200, not 201.
     */
    post: operations["createTeam"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/accounts/{account_id}/teams/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
        /** @description The numeric id of the record. Chatwoot's routes constrain no id: any value reaches `find`, which reads it with `to_i` (`abc` finds nothing: 404; `1abc` is 1), as the fake does for every integer path parameter. */
        id: components["parameters"]["id"];
      };
      cookie?: never;
    };
    /** Show a team */
    get: operations["getTeam"];
    /**
     * Update a team (PUT)
     * @description Rails routes PUT to the same update action as PATCH.
     */
    put: operations["replaceTeam"];
    post?: never;
    /**
     * Delete a team
     * @description Administrators only. Its memberships go with it; its conversations stay, without a team (`has_many :conversations, dependent: :nullify`).
     */
    delete: operations["deleteTeam"];
    options?: never;
    head?: never;
    /**
     * Update a team
     * @description Administrators only. `update!`, so an invalid name answers 422.
     */
    patch: operations["updateTeam"];
    trace?: never;
  };
  "/api/v1/accounts/{account_id}/teams/{team_id}/team_members": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
        /** @description The team's id. */
        team_id: number;
      };
      cookie?: never;
    };
    /** List a team's members */
    get: operations["listTeamMembers"];
    put?: never;
    /**
     * Add agents to a team
     * @description Administrators only. Adds the users of `user_ids` who are not members yet and answers with just those (`{}` when none was new). Unknown users → 401 `{"error":"Invalid User IDs"}` (app/controllers/api/v1/accounts/team_members_controller.rb).
     */
    post: operations["addTeamMembers"];
    /**
     * Remove agents from a team
     * @description Administrators only. Ids that are users of the account but not members are ignored.
     */
    delete: operations["removeTeamMembers"];
    options?: never;
    head?: never;
    /**
     * Replace a team's members
     * @description Administrators only. Makes `user_ids` the exact member list (adds the missing, removes the others) and answers with every member (`{}` when the team ends up empty). There is no PUT route.
     */
    patch: operations["updateTeamMembers"];
    trace?: never;
  };
  "/api/v1/accounts/{account_id}/labels": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
      };
      cookie?: never;
    };
    /** List the account's labels */
    get: operations["listLabels"];
    put?: never;
    /**
     * Create a label
     * @description Administrators only (LabelPolicy). Answers 200, not 201.
     */
    post: operations["createLabel"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/accounts/{account_id}/labels/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
        /** @description The numeric id of the record. Chatwoot's routes constrain no id: any value reaches `find`, which reads it with `to_i` (`abc` finds nothing: 404; `1abc` is 1), as the fake does for every integer path parameter. */
        id: components["parameters"]["id"];
      };
      cookie?: never;
    };
    /**
     * Show a label
     * @description Administrators only — LabelPolicy#show? is `administrator?`, unlike the list.
     */
    get: operations["getLabel"];
    /**
     * Update a label (PUT)
     * @description Rails routes PUT to the same update action as PATCH.
     */
    put: operations["replaceLabel"];
    post?: never;
    /**
     * Delete a label
     * @description Administrators only. Conversations and contacts keep the tag.
     */
    delete: operations["deleteLabel"];
    options?: never;
    head?: never;
    /**
     * Update a label
     * @description Administrators only. The controller calls the non-bang `@label.update(...)` (app/controllers/api/v1/accounts/labels_controller.rb): an invalid change (bad or taken title) is not saved, yet the answer is 200 with the label as the rejected change left it in memory. A saved title change renames the label on the account's tagged conversations and contacts (Labels::UpdateJob).
     */
    patch: operations["updateLabel"];
    trace?: never;
  };
  "/api/v1/accounts/{account_id}/canned_responses": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
      };
      cookie?: never;
    };
    /**
     * List the account's canned responses
     * @description Any member of the account (no policy check in the controller).
     */
    get: operations["listCannedResponses"];
    put?: never;
    /**
     * Create a canned response
     * @description Any member of the account. Answers 200, not 201.
     */
    post: operations["createCannedResponse"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/accounts/{account_id}/canned_responses/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
        /** @description The numeric id of the record. Chatwoot's routes constrain no id: any value reaches `find`, which reads it with `to_i` (`abc` finds nothing: 404; `1abc` is 1), as the fake does for every integer path parameter. */
        id: components["parameters"]["id"];
      };
      cookie?: never;
    };
    get?: never;
    /**
     * Update a canned response (PUT)
     * @description Rails routes PUT to the same update action as PATCH.
     */
    put: operations["replaceCannedResponse"];
    post?: never;
    /**
     * Delete a canned response
     * @description Any member of the account.
     */
    delete: operations["deleteCannedResponse"];
    options?: never;
    head?: never;
    /**
     * Update a canned response
     * @description Any member of the account. There is no GET route for a single canned response.
     */
    patch: operations["updateCannedResponse"];
    trace?: never;
  };
  "/api/v1/accounts/{account_id}/custom_attribute_definitions": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
      };
      cookie?: never;
    };
    /**
     * List custom attribute definitions
     * @description Any member of the account.
     */
    get: operations["listCustomAttributeDefinitions"];
    put?: never;
    /**
     * Create a custom attribute definition
     * @description Administrators only (CustomAttributeDefinitionPolicy, enforced since chatwoot/chatwoot#14392; older versions let agents write too). Answers 200, not 201.
     */
    post: operations["createCustomAttributeDefinition"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/accounts/{account_id}/custom_attribute_definitions/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
        /** @description The numeric id of the record. Chatwoot's routes constrain no id: any value reaches `find`, which reads it with `to_i` (`abc` finds nothing: 404; `1abc` is 1), as the fake does for every integer path parameter. */
        id: components["parameters"]["id"];
      };
      cookie?: never;
    };
    /**
     * Show a custom attribute definition
     * @description Any member of the account.
     */
    get: operations["getCustomAttributeDefinition"];
    /**
     * Update a custom attribute definition (PUT)
     * @description Rails routes PUT to the same update action as PATCH.
     */
    put: operations["replaceCustomAttributeDefinition"];
    post?: never;
    /**
     * Delete a custom attribute definition
     * @description Administrators only. Answers **204 No Content** (`head :no_content`), not 200.
     */
    delete: operations["deleteCustomAttributeDefinition"];
    options?: never;
    head?: never;
    /**
     * Update a custom attribute definition
     * @description Administrators only. The standard-attribute conflict check runs on create only.
     */
    patch: operations["updateCustomAttributeDefinition"];
    trace?: never;
  };
  "/api/v1/accounts/{account_id}/custom_filters": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
      };
      cookie?: never;
    };
    /**
     * List the caller's saved filters
     * @description Only the calling user's own filters in this account (app/controllers/api/v1/accounts/custom_filters_controller.rb scopes every action to `user: Current.user`).
     */
    get: operations["listCustomFilters"];
    put?: never;
    /**
     * Save a filter
     * @description Any member of the account; the filter belongs to the caller. At most 1000 per user per account (Limits::MAX_CUSTOM_FILTERS_PER_USER): beyond that 422 `{"message":"Account Limit reached. The maximum number of allowed custom filters for a user per account is 1000.","attributes":["account_id"]}`.
     */
    post: operations["createCustomFilter"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/accounts/{account_id}/custom_filters/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
        /** @description The numeric id of the record. Chatwoot's routes constrain no id: any value reaches `find`, which reads it with `to_i` (`abc` finds nothing: 404; `1abc` is 1), as the fake does for every integer path parameter. */
        id: components["parameters"]["id"];
      };
      cookie?: never;
    };
    /**
     * Show one of the caller's filters
     * @description Another user's filter answers 404.
     */
    get: operations["getCustomFilter"];
    /**
     * Update one of the caller's filters (PUT)
     * @description Rails routes PUT to the same update action as PATCH.
     */
    put: operations["replaceCustomFilter"];
    post?: never;
    /**
     * Delete one of the caller's filters
     * @description Answers **204 No Content** (`head :no_content`), not 200.
     */
    delete: operations["deleteCustomFilter"];
    options?: never;
    head?: never;
    /**
     * Update one of the caller's filters
     * @description Another user's filter answers 404.
     */
    patch: operations["updateCustomFilter"];
    trace?: never;
  };
  "/api/v1/accounts/{account_id}/notifications": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
      };
      cookie?: never;
    };
    /**
     * List the caller's notifications (15 per page)
     * @description NotificationFinder: the caller's notifications in the account. By default only unread notifications that are not snoozed; `type=read` adds the read ones, `status=snoozed` the snoozed ones, both every one. Ordered by `last_activity_at` (`sort_order`, default `desc`; ties by id). `meta.count` and `meta.unread_count` count the filtered list (all pages).
     */
    get: operations["listNotifications"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/accounts/{account_id}/notifications/unread_count": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
      };
      cookie?: never;
    };
    /**
     * Count unread notifications
     * @description NotificationFinder#unread_count with the same `status` / `type` filters as the list: by default the unread notifications that are not snoozed. The body is a bare JSON number.
     */
    get: operations["getNotificationUnreadCount"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/accounts/{account_id}/notifications/read_all": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Mark notifications read
     * @description `update_all(read_at: now)` over the caller's unread notifications in the account (no notification.updated events), or only those of one conversation when `primary_actor_type` is `Conversation` and `primary_actor_id` (the conversation's internal id, as `primary_actor_id` in the list) finds one. An unknown conversation marks every notification read, as Chatwoot's `if @primary_actor` does.
     */
    post: operations["readAllNotifications"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/accounts/{account_id}/notifications/destroy_all": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Delete notifications
     * @description Notification::DeleteNotificationJob (run at once): the caller's notifications in the account, or only the read ones with `type=read`; each sends notification.deleted.
     */
    post: operations["destroyAllNotifications"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/accounts/{account_id}/notifications/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
        /** @description The numeric id of the record. Chatwoot's routes constrain no id: any value reaches `find`, which reads it with `to_i` (`abc` finds nothing: 404; `1abc` is 1), as the fake does for every integer path parameter. */
        id: components["parameters"]["id"];
      };
      cookie?: never;
    };
    get?: never;
    /**
     * Mark a notification read (PUT)
     * @description Rails routes PUT to the same update action as PATCH.
     */
    put: operations["replaceNotification"];
    post?: never;
    /**
     * Delete a notification
     * @description Destroys one of the caller's notifications (404 for another user's).
     */
    delete: operations["deleteNotification"];
    options?: never;
    head?: never;
    /**
     * Mark a notification read
     * @description `update(read_at: now)` and `render json: @notification` (the record's columns). The body is ignored. `current_user.notifications.find`: another user's notification is 404.
     */
    patch: operations["readNotification"];
    trace?: never;
  };
  "/api/v1/accounts/{account_id}/notifications/{id}/unread": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
        /** @description The numeric id of the record. Chatwoot's routes constrain no id: any value reaches `find`, which reads it with `to_i` (`abc` finds nothing: 404; `1abc` is 1), as the fake does for every integer path parameter. */
        id: components["parameters"]["id"];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Mark a notification unread
     * @description `update(read_at: nil)`; renders the record.
     */
    post: operations["unreadNotification"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/accounts/{account_id}/notifications/{id}/snooze": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
        /** @description The numeric id of the record. Chatwoot's routes constrain no id: any value reaches `find`, which reads it with `to_i` (`abc` finds nothing: 404; `1abc` is 1), as the fake does for every integer path parameter. */
        id: components["parameters"]["id"];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Snooze a notification
     * @description With `snoozed_until` (unix seconds, read with `DateTime.strptime(value, '%s')`) sets it and `meta.last_snoozed_at` to null; without it changes nothing. Renders the record. A value that is not an integer makes Rails raise (a 500); the fake answers 422 `{"message":"Snoozed until is invalid","attributes":["snoozed_until"]}`.
     */
    post: operations["snoozeNotification"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/accounts/{account_id}/notification_settings": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
      };
      cookie?: never;
    };
    /**
     * Show the caller's notification settings
     * @description The setting made with the caller's membership (default: email and push for conversation_assignment).
     */
    get: operations["getNotificationSettings"];
    /**
     * Update the caller's notification settings (PUT)
     * @description Rails routes PUT to the same update action as PATCH.
     */
    put: operations["replaceNotificationSettings"];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Update the caller's notification settings
     * @description `params.require(:notification_settings).permit(selected_email_flags: [], selected_push_flags: [])`: each list replaces its flags (unknown names are ignored; a list not sent clears its flags). A body with neither → 422 `{"error":"param is missing or the value is empty: notification_settings"}`.
     */
    patch: operations["updateNotificationSettings"];
    trace?: never;
  };
  "/api/v1/accounts/{account_id}/search": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
      };
      cookie?: never;
    };
    /**
     * Search conversations, contacts, messages and articles
     * @description SearchService with every kind: `{payload: {contacts, messages, conversations, articles}}`.
     */
    get: operations["globalSearch"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/accounts/{account_id}/search/conversations": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
      };
      cookie?: never;
    };
    /**
     * Search conversations
     * @description Conversations whose display id or contact's name, email, phone number or identifier matches `ILIKE '%q%'`, newest first.
     */
    get: operations["globalSearchConversations"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/accounts/{account_id}/search/contacts": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
      };
      cookie?: never;
    };
    /**
     * Search contacts
     * @description Resolved contacts whose name, email, phone number or identifier matches `ILIKE '%q%'`, by last activity (newest first).
     */
    get: operations["globalSearchContacts"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/accounts/{account_id}/search/messages": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
      };
      cookie?: never;
    };
    /**
     * Search messages
     * @description Messages of the last 3 months whose content matches `ILIKE '%q%'`, newest first.
     */
    get: operations["globalSearchMessages"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/accounts/{account_id}/search/articles": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
      };
      cookie?: never;
    };
    /**
     * Search help center articles
     * @description Published articles of the account matching every word of `q` (as a prefix) in title, description or content; most recently updated first.
     */
    get: operations["globalSearchArticles"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/accounts/{account_id}/automation_rules": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
      };
      cookie?: never;
    };
    /**
     * List the account's automation rules
     * @description Administrators only (AutomationRulePolicy). Active and inactive rules, in id order.
     */
    get: operations["listAutomationRules"];
    put?: never;
    /**
     * Add an automation rule
     * @description Administrators only. Validation failures answer 422 with the errors hash (`{"error":{"conditions":[...]}}`), not Chatwoot's usual `{"message","attributes"}`. The rule itself is rendered at top level (create.json.jbuilder has no `payload`, unlike show/update/clone).
     */
    post: operations["createAutomationRule"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/accounts/{account_id}/automation_rules/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
        /** @description The numeric id of the record. Chatwoot's routes constrain no id: any value reaches `find`, which reads it with `to_i` (`abc` finds nothing: 404; `1abc` is 1), as the fake does for every integer path parameter. */
        id: components["parameters"]["id"];
      };
      cookie?: never;
    };
    /**
     * Get an automation rule
     * @description Administrators only. The controller looks the rule up with `find_by` (no RecordNotFound), so an unknown id crashes the view: Rails answers 500 here; the fake answers 404.
     */
    get: operations["getAutomationRule"];
    /** Update an automation rule (PUT) */
    put: operations["replaceAutomationRule"];
    post?: never;
    /**
     * Delete an automation rule
     * @description Administrators only. Unknown id: Rails answers 500 here (`nil.destroy!`); the fake answers 404.
     */
    delete: operations["deleteAutomationRule"];
    options?: never;
    head?: never;
    /**
     * Update an automation rule
     * @description Administrators only. Permitted fields are assigned; `conditions`/`actions` replace the stored ones when given. Any failure inside the update (validation, or a NOT NULL column set to null) answers 422 with the errors hash (possibly `{"error":{}}`). Unknown id: Rails answers 500 here; the fake answers 404.
     */
    patch: operations["updateAutomationRule"];
    trace?: never;
  };
  "/api/v1/accounts/{account_id}/automation_rules/{automation_rule_id}/clone": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
        /** @description The rule to copy. config/routes.rb declares `post :clone` inside `resources :automation_rules` without `on: :member`, so the parameter is `automation_rule_id`. */
        automation_rule_id: number;
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Copy an automation rule
     * @description Administrators only. `dup` of the rule (same name, conditions, actions, active flag), saved as a new rule. Unknown id: Rails answers 500 here; the fake answers 404.
     */
    post: operations["cloneAutomationRule"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/accounts/{account_id}/agent_bots": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
      };
      cookie?: never;
    };
    /**
     * List the agent bots available to the account
     * @description Members of the account. The account's own bots and the system bots (no account). The account's own bots carry their `access_token` (agents see it too); system bots never do.
     */
    get: operations["listAgentBots"];
    put?: never;
    /**
     * Add an agent bot to the account
     * @description Administrators only. The bot gets its own API access token.
     */
    post: operations["createAgentBot"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/accounts/{account_id}/agent_bots/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
        /** @description The numeric id of the record. Chatwoot's routes constrain no id: any value reaches `find`, which reads it with `to_i` (`abc` finds nothing: 404; `1abc` is 1), as the fake does for every integer path parameter. */
        id: components["parameters"]["id"];
      };
      cookie?: never;
    };
    /**
     * Get an agent bot
     * @description Members of the account; the account's bots and the system bots.
     */
    get: operations["getAgentBot"];
    /** Update an agent bot (PUT) */
    put: operations["replaceAgentBot"];
    post?: never;
    /**
     * Delete an agent bot
     * @description Administrators only; only the account's own bots. Its inbox bindings go with it (the bot no longer answers any inbox and its token stops working).
     */
    delete: operations["deleteAgentBot"];
    options?: never;
    head?: never;
    /**
     * Update an agent bot
     * @description Administrators only; only the account's own bots (a system bot is a 404).
     */
    patch: operations["updateAgentBot"];
    trace?: never;
  };
  "/api/v1/accounts/{account_id}/agent_bots/{id}/avatar": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
        /** @description The numeric id of the record. Chatwoot's routes constrain no id: any value reaches `find`, which reads it with `to_i` (`abc` finds nothing: 404; `1abc` is 1), as the fake does for every integer path parameter. */
        id: components["parameters"]["id"];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /**
     * Remove an agent bot's avatar
     * @description Administrators only. Renders the bot (its `thumbnail` becomes "").
     */
    delete: operations["deleteAgentBotAvatar"];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/accounts/{account_id}/agent_bots/{id}/reset_access_token": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
        /** @description The numeric id of the record. Chatwoot's routes constrain no id: any value reaches `find`, which reads it with `to_i` (`abc` finds nothing: 404; `1abc` is 1), as the fake does for every integer path parameter. */
        id: components["parameters"]["id"];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Regenerate an agent bot's access token
     * @description Administrators only. The old token stops working at once.
     */
    post: operations["resetAgentBotAccessToken"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/accounts/{account_id}/integrations/apps": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
      };
      cookie?: never;
    };
    /**
     * List the integration apps
     * @description Members of the account (agents see a reduced view of each app).
     */
    get: operations["listIntegrationApps"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/accounts/{account_id}/integrations/apps/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
        /** @description The app id from config/integration/apps.yml, e.g. `openai`. */
        id: string;
      };
      cookie?: never;
    };
    /**
     * Get an integration app
     * @description Members of the account. Any app of apps.yml, active or not (`Integrations::App.find`). An unknown id makes the view fail on nil: Rails answers 500 here; the fake answers 404.
     */
    get: operations["getIntegrationApp"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/accounts/{account_id}/integrations/hooks": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Connect an integration (create a hook)
     * @description Administrators only (HookPolicy). `settings` are checked against the app's settings_json_schema (`Settings : Invalid settings data`); inbox apps (dialogflow) need `inbox_id`; apps without `allow_multiple_hooks` accept one hook per account (`App has already been taken`).
     */
    post: operations["createIntegrationHook"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/accounts/{account_id}/integrations/hooks/{hook_id}": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
        /** @description The hook's id (Rails names it `id`; Chatwoot's swagger calls it hook_id). */
        hook_id: number;
      };
      cookie?: never;
    };
    get?: never;
    /** Update an integration hook (PUT) */
    put: operations["replaceIntegrationHook"];
    post?: never;
    /**
     * Disconnect an integration (delete a hook)
     * @description Administrators only.
     */
    delete: operations["deleteIntegrationHook"];
    options?: never;
    head?: never;
    /**
     * Update an integration hook
     * @description Administrators only. Only `status` and `settings` change; settings are replaced, not merged.
     */
    patch: operations["updateIntegrationHook"];
    trace?: never;
  };
  "/api/v1/profile": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The signed-in user's profile
     * @description Any user token (not agent bots). Not account-scoped.
     */
    get: operations["getProfile"];
    /** Update the signed-in user's profile (PUT) */
    put: operations["replaceProfile"];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Update the signed-in user's profile
     * @description `name`, `display_name`, `email`, `message_signature`, `ui_settings` (replaced, not merged), `phone_number` (into custom_attributes) and a password change (`current_password`, `password`, `password_confirmation`). A wrong current password answers 422 `{"error":"Invalid current password"}`. Email changes wait for confirmation (Devise reconfirmable), so `email` keeps its old value. `name: null` (a NOT NULL column without a validation): Rails answers 500 here; the fake answers 422 `Name can't be blank`.
     */
    patch: operations["updateProfile"];
    trace?: never;
  };
  "/api/v1/profile/avatar": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Remove the signed-in user's avatar */
    delete: operations["deleteProfileAvatar"];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/profile/availability": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Set the user's availability in one account
     * @description Body `{"profile":{"account_id":1,"availability":"busy"}}`. Not a member of that account: 404. A missing or unknown availability: Rails answers 500 here (NOT NULL column / enum ArgumentError); the fake answers 422 (`Availability can't be blank` / `Availability is not included in the list`).
     */
    post: operations["setProfileAvailability"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/profile/auto_offline": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Set whether the user goes offline automatically in one account
     * @description Body `{"profile":{"account_id":1,"auto_offline":false}}` (a missing value means false).
     */
    post: operations["setProfileAutoOffline"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/profile/set_active_account": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Make one of the user's accounts the active one
     * @description Body `{"profile":{"account_id":1}}`: stamps that membership's `active_at`, which decides the profile's `account_id` and `role`. Answers an empty 200. Not a member of that account: Rails calls `update` on nil and answers 500 here; the fake answers 404.
     */
    put: operations["setProfileActiveAccount"];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/profile/reset_access_token": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Regenerate the user's API access token
     * @description The old token stops working at once; the response carries the new `access_token`.
     */
    post: operations["resetProfileAccessToken"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/profile/resend_confirmation": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Send the confirmation email again
     * @description Sends nothing when the user is already confirmed (the fake sends no mail at all). Empty 200.
     */
    post: operations["resendProfileConfirmation"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/accounts/{account_id}/portals": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
      };
      cookie?: never;
    };
    /**
     * List the account's help center portals
     * @description Members of the account. Not paginated.
     */
    get: operations["listPortals"];
    put?: never;
    /**
     * Add a help center portal
     * @description Administrators only. `slug` is unique across the installation.
     */
    post: operations["createPortal"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/accounts/{account_id}/portals/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
        /** @description The portal's slug (Chatwoot looks portals up with `find_by(slug:)`). */
        id: string;
      };
      cookie?: never;
    };
    /**
     * Get a portal
     * @description Members of the account. `locale` narrows the article counts in meta. Unknown slug: the controller's `find_by` returns nil and the action fails (Rails answers 500 here; the fake answers 404).
     */
    get: operations["getPortal"];
    /** Update a portal (PUT) */
    put: operations["replacePortal"];
    post?: never;
    /**
     * Delete a portal
     * @description Administrators only. Its categories and articles go with it. Unknown slug: the controller's `find_by` returns nil and the action fails (Rails answers 500 here; the fake answers 404).
     */
    delete: operations["deletePortal"];
    options?: never;
    head?: never;
    /**
     * Update a portal
     * @description Administrators only. Validation failures answer 422 `{"error":{attribute: [messages]}}` (the update rescues every error). A body without portal attributes changes nothing. Unknown slug: the controller's `find_by` returns nil and the action fails (Rails answers 500 here; the fake answers 404).
     */
    patch: operations["updatePortal"];
    trace?: never;
  };
  "/api/v1/accounts/{account_id}/portals/{portal_id}/categories": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
        /** @description The portal's slug. */
        portal_id: string;
      };
      cookie?: never;
    };
    /**
     * List a portal's categories
     * @description Members of the account. `locale` filters. An unknown portal slug is a 500 in Rails (`find_by` then a call on nil), a 404 in the fake; an unknown category id a 404.
     */
    get: operations["listCategories"];
    put?: never;
    /**
     * Add a category to a portal
     * @description Members of the account. `slug` and `name` are required; `locale` (default en) must be one of the portal's allowed locales and unique per slug in the portal. An unknown portal slug is a 500 in Rails (`find_by` then a call on nil), a 404 in the fake; an unknown category id a 404.
     */
    post: operations["createCategory"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/accounts/{account_id}/portals/{portal_id}/categories/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
        /** @description The portal's slug. */
        portal_id: string;
        /** @description The numeric id of the record. Chatwoot's routes constrain no id: any value reaches `find`, which reads it with `to_i` (`abc` finds nothing: 404; `1abc` is 1), as the fake does for every integer path parameter. */
        id: components["parameters"]["id"];
      };
      cookie?: never;
    };
    /**
     * Get a category
     * @description An unknown portal slug is a 500 in Rails (`find_by` then a call on nil), a 404 in the fake; an unknown category id a 404.
     */
    get: operations["getCategory"];
    /** Update a category (PUT) */
    put: operations["replaceCategory"];
    post?: never;
    /**
     * Delete a category
     * @description Members of the account. Its articles stay, without category. An unknown portal slug is a 500 in Rails (`find_by` then a call on nil), a 404 in the fake; an unknown category id a 404.
     */
    delete: operations["deleteCategory"];
    options?: never;
    head?: never;
    /**
     * Update a category
     * @description Members of the account. An unknown portal slug is a 500 in Rails (`find_by` then a call on nil), a 404 in the fake; an unknown category id a 404.
     */
    patch: operations["updateCategory"];
    trace?: never;
  };
  "/api/v1/accounts/{account_id}/portals/{portal_id}/articles": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
        /** @description The portal's slug. */
        portal_id: string;
      };
      cookie?: never;
    };
    /**
     * List a portal's articles
     * @description Members of the account. Filters: `category_slug`, `locale`, `query` (title, description, content), `status`, `author_id`. An unknown portal slug or article id is a 404 (`find_by!`/`find`).
     */
    get: operations["listArticles"];
    put?: never;
    /**
     * Add an article to a portal
     * @description Members of the account. `title`, `content` and an `author_id` of the account are required; status defaults to draft; position goes after the category's last article. An unknown portal slug or article id is a 404 (`find_by!`/`find`).
     */
    post: operations["createArticle"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/accounts/{account_id}/portals/{portal_id}/articles/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
        /** @description The portal's slug. */
        portal_id: string;
        /** @description The numeric id of the record. Chatwoot's routes constrain no id: any value reaches `find`, which reads it with `to_i` (`abc` finds nothing: 404; `1abc` is 1), as the fake does for every integer path parameter. */
        id: components["parameters"]["id"];
      };
      cookie?: never;
    };
    /**
     * Get an article
     * @description An unknown portal slug or article id is a 404 (`find_by!`/`find`).
     */
    get: operations["getArticle"];
    /** Update an article (PUT) */
    put: operations["replaceArticle"];
    post?: never;
    /**
     * Delete an article
     * @description Members of the account. An unknown portal slug or article id is a 404 (`find_by!`/`find`).
     */
    delete: operations["deleteArticle"];
    options?: never;
    head?: never;
    /**
     * Update an article
     * @description Members of the account. Moving it to another category puts it last there. An unknown portal slug or article id is a 404 (`find_by!`/`find`).
     */
    patch: operations["updateArticle"];
    trace?: never;
  };
  "/api/v1/accounts/{account_id}/conversations/search": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
      };
      cookie?: never;
    };
    /**
     * Search conversations by message content
     * @description ConversationFinder as for the list (25 per page, the same filters; `q` matches incoming and outgoing message content, case-insensitively, and skips the status filter), rendered by search.json.jbuilder with the slim conversation partial.
     */
    get: operations["searchConversations"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/accounts/{account_id}/conversations/{id}/custom_attributes": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
        /** @description The conversation's display id (per-account number), not its database id. Read with Rails' `to_i`, as `find_by!(display_id:)` casts it: `abc` finds nothing (404), `1abc` is 1. */
        id: components["parameters"]["conversationId"];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Set the conversation's custom attributes
     * @description ConversationCustomAttributesConcern: the posted hash replaces the custom attributes (with `merge: true` it is merged into them); fires conversation_updated when they change. Agent bots may call it.
     */
    post: operations["setConversationCustomAttributes"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/accounts/{account_id}/conversations/{id}/mute": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
        /** @description The conversation's display id (per-account number), not its database id. Read with Rails' `to_i`, as `find_by!(display_id:)` casts it: `abc` finds nothing (404), `1abc` is 1. */
        id: components["parameters"]["conversationId"];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Mute a conversation
     * @description Conversation#mute! (app/models/concerns/conversation_mute_helpers.rb): resolves the conversation and BLOCKS THE CONTACT — `muted` is `contact.blocked?`, so every conversation of that contact reads as muted and incoming messages no longer reopen them — then adds the activity message "<user> has muted the conversation".
     */
    post: operations["muteConversation"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/accounts/{account_id}/conversations/{id}/unmute": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
        /** @description The conversation's display id (per-account number), not its database id. Read with Rails' `to_i`, as `find_by!(display_id:)` casts it: `abc` finds nothing (404), `1abc` is 1. */
        id: components["parameters"]["conversationId"];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Unmute a conversation
     * @description Conversation#unmute!: unblocks the contact and adds "<user> has unmuted the conversation"; the status does not change.
     */
    post: operations["unmuteConversation"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/accounts/{account_id}/conversations/{id}/unread": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
        /** @description The conversation's display id (per-account number), not its database id. Read with Rails' `to_i`, as `find_by!(display_id:)` casts it: `abc` finds nothing (404), `1abc` is 1. */
        id: components["parameters"]["conversationId"];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Mark a conversation unread
     * @description Sets agent_last_seen_at and assignee_last_seen_at to one second before the last incoming message (to null when there is none), so that message counts as unread again. Answers the conversation.
     */
    post: operations["markConversationUnread"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/accounts/{account_id}/conversations/{id}/update_last_seen": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
        /** @description The conversation's display id (per-account number), not its database id. Read with Rails' `to_i`, as `find_by!(display_id:)` casts it: `abc` finds nothing (404), `1abc` is 1. */
        id: components["parameters"]["conversationId"];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Mark a conversation read
     * @description agent_last_seen_at becomes now, and assignee_last_seen_at too when the caller is the assignee; unread_count drops to 0. When nothing is unread, the write happens at most once an hour (ConversationsController#should_update_last_seen?). Answers the conversation (update_last_seen.json.jbuilder).
     */
    post: operations["updateConversationLastSeen"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/accounts/{account_id}/conversations/{id}/toggle_typing_status": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
        /** @description The conversation's display id (per-account number), not its database id. Read with Rails' `to_i`, as `find_by!(display_id:)` casts it: `abc` finds nothing (404), `1abc` is 1. */
        id: components["parameters"]["conversationId"];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Tell the contact (and other agents) that the caller is typing
     * @description Conversations::TypingStatusManager: `on` / `off` fire conversation_typing_on / conversation_typing_off (`recording`: conversation.recording) with the caller as the user. Agent bots may call it.
     */
    post: operations["toggleConversationTypingStatus"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/accounts/{account_id}/conversations/{id}/transcript": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
        /** @description The conversation's display id (per-account number), not its database id. Read with Rails' `to_i`, as `find_by!(display_id:)` casts it: `abc` finds nothing (404), `1abc` is 1. */
        id: components["parameters"]["conversationId"];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Email the conversation's transcript
     * @description Chatwoot mails the transcript to `email` (ConversationReplyMailer#conversation_transcript); the fake records a `conversation_transcript` event with the address. The address is not checked beyond being present.
     */
    post: operations["sendConversationTranscript"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/accounts/{account_id}/conversations/{id}/attachments": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
        /** @description The conversation's display id (per-account number), not its database id. Read with Rails' `to_i`, as `find_by!(display_id:)` casts it: `abc` finds nothing (404), `1abc` is 1. */
        id: components["parameters"]["conversationId"];
      };
      cookie?: never;
    };
    /**
     * The files sent in a conversation
     * @description Newest first, 100 a page (ATTACHMENT_RESULTS_PER_PAGE), with the total count.
     */
    get: operations["listConversationAttachments"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/accounts/{account_id}/conversations/{conversation_id}/participants": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
        /** @description The conversation's display id (per-account number), not its database id. Read with Rails' `to_i`, as `find_by!(display_id:)` casts it: `abc` finds nothing (404), `1abc` is 1. */
        conversation_id: components["parameters"]["nestedConversationId"];
      };
      cookie?: never;
    };
    /**
     * The conversation's participants
     * @description Users taking part in the conversation (conversations/participants_controller.rb): added here, by being assigned (ParticipationListener) or by a mention in a private note.
     */
    get: operations["listConversationParticipants"];
    /**
     * Set the participants (PUT)
     * @description Same as PATCH.
     */
    put: operations["replaceConversationParticipants"];
    /**
     * Add participants
     * @description Adds the `user_ids` not yet participating and answers only those. A user who is neither a member of the inbox nor an administrator fails ConversationParticipant's validation: not saved, yet still in the answer (find_or_create_by).
     */
    post: operations["addConversationParticipants"];
    /** Remove participants */
    delete: operations["removeConversationParticipants"];
    options?: never;
    head?: never;
    /**
     * Set the participants
     * @description Makes the participants exactly `user_ids` (adding and removing); answers them all.
     */
    patch: operations["updateConversationParticipants"];
    trace?: never;
  };
  "/api/v1/accounts/{account_id}/contacts/{contact_id}/labels": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
        /** @description The contact's id. */
        contact_id: components["parameters"]["contact_id"];
      };
      cookie?: never;
    };
    /** The contact's label titles */
    get: operations["listContactLabels"];
    put?: never;
    /**
     * Replace the contact's labels
     * @description contacts/labels_controller.rb with LabelConcern: the posted list REPLACES the set. Fires contact_updated when it changes.
     */
    post: operations["setContactLabels"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/accounts/{account_id}/contacts/{contact_id}/notes": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
        /** @description The contact's id. */
        contact_id: components["parameters"]["contact_id"];
      };
      cookie?: never;
    };
    /** The contact's notes */
    get: operations["listContactNotes"];
    put?: never;
    /**
     * Add a note to a contact
     * @description The author is the caller. Blank content → 422 `{"message":"Content can't be blank",...}`.
     */
    post: operations["createContactNote"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/accounts/{account_id}/contacts/{contact_id}/notes/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
        /** @description The contact's id. */
        contact_id: components["parameters"]["contact_id"];
        /** @description The numeric id of the record. Chatwoot's routes constrain no id: any value reaches `find`, which reads it with `to_i` (`abc` finds nothing: 404; `1abc` is 1), as the fake does for every integer path parameter. */
        id: components["parameters"]["id"];
      };
      cookie?: never;
    };
    /** Show a note */
    get: operations["getContactNote"];
    /**
     * Edit a note (PUT)
     * @description Same as PATCH (Rails routes both to `update`).
     */
    put: operations["replaceContactNote"];
    post?: never;
    /** Delete a note */
    delete: operations["deleteContactNote"];
    options?: never;
    head?: never;
    /** Edit a note */
    patch: operations["updateContactNote"];
    trace?: never;
  };
  "/api/v1/accounts/{account_id}/contacts/export": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Export contacts as CSV
     * @description Administrators only. Chatwoot queues Account::ContactsExportJob and answers `head :ok, message: ...`: 200, an empty body and a `Message` header; the CSV link is then emailed. The fake writes the CSV at once (the filter `payload`, else the `label`, else every resolved contact; Ruby's CSV quoting and value formats), serves it at its ActiveStorage blob URL, and records a `contact_export_complete` event whose `url` is that address (fake-only: Chatwoot sends an email).
     */
    post: operations["exportContacts"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/accounts/{account_id}/contacts/import": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Import contacts from a CSV file
     * @description Administrators only. multipart/form-data with the CSV in `import_file` (a header row; columns name, email, phone_number, identifier, company/company_name, city, anything else becomes a custom attribute). No file → 422 `{"error":"File is blank"}`. Chatwoot imports in DataImportJob after answering 200 with an empty body; the fake imports before answering: existing contacts (matched by identifier, email, then phone number) are updated, others created; invalid rows go to a failed-records CSV. A `contact_import_complete` event (fake-only: Chatwoot emails the administrators) gives the counts and that file's URL.
     */
    post: operations["importContacts"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/accounts/{account_id}/actions/contact_merge": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Merge one contact into another
     * @description ContactMergeAction (app/actions/contact_merge_action.rb): the mergee's conversations, contact inboxes, sent messages and notes move to the base contact; the mergee is deleted; the base contact's blank identifier, name, email, phone number and attribute keys are filled from the mergee (the base wins; attribute hashes are deep-merged). Answers the base contact (contact partial at top level, no contact inboxes). Either id unknown → 404; the same id twice changes nothing.
     */
    post: operations["mergeContacts"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v2/accounts/{account_id}/reports": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
      };
      cookie?: never;
    };
    /**
     * A metric as a time series (one bucket per day, week, month, year or hour)
     * @description V2::Reports::Conversations::ReportBuilder#timeseries. One entry per bucket from the bucket holding `since` to the last bucket starting before `until`, empty buckets with value 0. Counts: conversations created, incoming / outgoing messages created (private notes are outgoing messages too), resolutions; averages over reporting events created in the bucket, with their `count`. An unknown or missing metric answers `{}`.
     */
    get: operations["getReportTimeseries"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v2/accounts/{account_id}/reports/summary": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
      };
      cookie?: never;
    };
    /**
     * Totals and averages for a period, with the same figures for the period before it
     * @description V2::Reports::Conversations::MetricBuilder#summary for [since, until) and, under `previous`, for the period of the same length ending at `since`. For `type=agent` incoming_messages_count is 0. Averages are null when there is no event in the period.
     */
    get: operations["getReportSummary"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v2/accounts/{account_id}/reports/bot_summary": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
      };
      cookie?: never;
    };
    /**
     * Bot resolutions and handoffs for a period, with the period before it
     * @description MetricBuilder#bot_summary: conversations resolved in agent-bot inboxes without any user reply, and conversations a bot handed off (counted once each).
     */
    get: operations["getReportBotSummary"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v2/accounts/{account_id}/reports/conversations": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
      };
      cookie?: never;
    };
    /**
     * Live counts of open conversations (account) or per agent
     * @description V2::ReportBuilder#conversation_metrics. `type=account`: `{open, unattended, unassigned}` over the account's open conversations (unattended: no first reply yet, or waiting for a reply). `type=agent`: the account's members, 25 per page, each with the open and unattended conversations assigned to them, ordered by open count, highest first. Without `type`: 422 with an empty body. The other types look up a record by a missing id (404).
     */
    get: operations["getConversationMetrics"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v2/accounts/{account_id}/reports/first_response_time_distribution": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
      };
      cookie?: never;
    };
    /**
     * First response times per channel type, in five buckets
     * @description V2::Reports::FirstResponseTimeDistributionBuilder: first_response events created in the range (all of them without a range), counted per inbox channel type into `0-1h`, `1-4h`, `4-8h`, `8-24h`, `24h+`. Channel types without events are absent.
     */
    get: operations["getFirstResponseTimeDistribution"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v2/accounts/{account_id}/reports/inbox_label_matrix": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
      };
      cookie?: never;
    };
    /**
     * Conversations per inbox and label
     * @description V2::Reports::InboxLabelMatrixBuilder: inboxes ordered by name, labels by title, and `matrix[i][j]` the conversations of inbox i (created in the range, when given) carrying label j.
     */
    get: operations["getInboxLabelMatrix"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v2/accounts/{account_id}/reports/outgoing_messages_count": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
      };
      cookie?: never;
    };
    /**
     * Outgoing messages in a period, per agent, team, inbox or label
     * @description V2::Reports::OutgoingMessagesCountBuilder: outgoing messages created in the range, grouped by the conversation's assignee (bot messages left out), team, the message's inbox, or each label of the conversation. Groups without messages are absent.
     */
    get: operations["getOutgoingMessagesCount"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v2/accounts/{account_id}/reports/bot_metrics": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
      };
      cookie?: never;
    };
    /**
     * Conversations and messages in agent-bot inboxes, and how many bots resolved or handed off
     * @description V2::Reports::BotMetricsBuilder: conversations created in the range in inboxes with an agent bot, their outgoing messages created in the range, and the conversations a bot resolved or handed off (each counted once) per 100 of those conversations, truncated; all 0 without a range.
     */
    get: operations["getReportBotMetrics"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v2/accounts/{account_id}/reports/agents": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
      };
      cookie?: never;
    };
    /**
     * Agents report (CSV)
     * @description agents.csv.erb: "Reporting period <since> to <until>" (UTC dates), two empty lines, then `Agent name, Assigned conversations, Avg first response time, Avg resolution time, Avg customer waiting time, Resolution Count` and one row per user of the account from V2::Reports::AgentSummaryBuilder (averages as Reports::TimeFormatPresenter writes them: "1 hour 30 minutes", `--` for none).
     */
    get: operations["getAgentsReportCsv"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v2/accounts/{account_id}/reports/inboxes": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
      };
      cookie?: never;
    };
    /**
     * Inboxes report (CSV)
     * @description inboxes.csv.erb: the period line, two empty lines, `Inbox name, Inbox type, No. of conversations, Avg first response time, Avg resolution time` — five names, as en.yml has no waiting-time or resolution key for inboxes — and per inbox seven fields (name, channel name, count, the three averages, resolutions) from V2::Reports::InboxSummaryBuilder.
     */
    get: operations["getInboxesReportCsv"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v2/accounts/{account_id}/reports/labels": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
      };
      cookie?: never;
    };
    /**
     * Labels report (CSV)
     * @description labels.csv.erb: the period line, two empty lines, `Label, No. of conversations, Avg first response time, Avg resolution time, Avg reply time, Resolution Count`, one row per label from V2::Reports::LabelSummaryBuilder.
     */
    get: operations["getLabelsReportCsv"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v2/accounts/{account_id}/reports/teams": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
      };
      cookie?: never;
    };
    /**
     * Teams report (CSV)
     * @description teams.csv.erb: the period line, two empty lines, `Team name, Conversations count, Avg first response time, Avg resolution time, Avg customer waiting time, Resolution Count`, one row per team from V2::Reports::TeamSummaryBuilder.
     */
    get: operations["getTeamsReportCsv"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v2/accounts/{account_id}/reports/conversations_summary": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
      };
      cookie?: never;
    };
    /**
     * Conversations summary (CSV)
     * @description conversations_summary.csv.erb: the period line, two empty lines, `Conversations, Messages received, Messages sent, Avg first response time, Avg resolution time, Resolution count, Avg customer waiting time` and one row: the account's MetricBuilder#summary for the range.
     */
    get: operations["getConversationsSummaryReportCsv"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v2/accounts/{account_id}/reports/conversation_traffic": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
      };
      cookie?: never;
    };
    /**
     * Conversation traffic heatmap (CSV)
     * @description HeatmapHelper and conversation_traffic.erb: `Timezone,<ActiveSupport::TimeZone[offset] as "(GMT+05:30) Chennai">`, two empty lines, then `Start of the hour` and the dates, and one row per hour with the conversations created in it. The hours are the `timezone_offset` zone's, over the `days_before` (default 6) days before the start of today (the server's UTC day), each read back in UTC. `since` and `until` are not read. Without `timezone_offset` Rails fails (`ActiveSupport::TimeZone[nil]`, a 500); the fake answers 422 `Timezone offset can't be blank`.
     */
    get: operations["getConversationTrafficReportCsv"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v2/accounts/{account_id}/live_reports/conversation_metrics": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
      };
      cookie?: never;
    };
    /**
     * Open, unattended, unassigned and pending conversations now
     * @description `open` counts open conversations, `unattended` the open ones with no first reply yet or waiting for a reply, `unassigned` the open ones without an assignee, `pending` the pending ones. Administrators only (agents get 401 after the team lookup).
     */
    get: operations["getLiveConversationMetrics"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v2/accounts/{account_id}/live_reports/grouped_conversation_metrics": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
      };
      cookie?: never;
    };
    /**
     * Open conversation figures per team or per assignee
     * @description One entry per team (or assignee) with open conversations — `null` for those without — with its `open`, `unattended` and `unassigned` counts and the group column. Administrators only (agents get 401 after the team and group_by checks).
     */
    get: operations["getLiveGroupedConversationMetrics"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v2/accounts/{account_id}/summary_reports/agent": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
      };
      cookie?: never;
    };
    /**
     * Per-agent conversations, resolutions and average times for a period
     * @description V2::Reports::AgentSummaryBuilder: one row per member of the account. conversations_count counts conversations created in the range and assigned to the agent; the rest come from reporting events created in the range and attributed to the agent (resolver, replier).
     */
    get: operations["getAgentSummaryReport"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v2/accounts/{account_id}/summary_reports/team": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
      };
      cookie?: never;
    };
    /**
     * Per-team conversations, resolutions and average times for a period
     * @description V2::Reports::TeamSummaryBuilder: one row per team; reporting events count for the team their conversation is in now.
     */
    get: operations["getTeamSummaryReport"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v2/accounts/{account_id}/summary_reports/inbox": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
      };
      cookie?: never;
    };
    /**
     * Per-inbox conversations, resolutions and average times for a period
     * @description V2::Reports::InboxSummaryBuilder, one row per inbox.
     */
    get: operations["getInboxSummaryReport"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v2/accounts/{account_id}/summary_reports/label": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
      };
      cookie?: never;
    };
    /**
     * Per-label conversations, resolutions and average times for a period
     * @description V2::Reports::LabelSummaryBuilder: one row per label. Unlike the other summaries the averages cover the events of conversations CREATED in the range (and without a range, all of them), and are 0 rather than null when there is none.
     */
    get: operations["getLabelSummaryReport"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v2/accounts/{account_id}/summary_reports/channel": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
      };
      cookie?: never;
    };
    /**
     * Conversations per channel type and status for a period (at most 6 months)
     * @description V2::Reports::ChannelSummaryBuilder: conversations created in the range, by inbox channel type and current status. A range longer than 6 months answers 422 `{"message":"Date range cannot exceed 6 months"}` (CustomExceptions::Report::InvalidDateRange, rendered by render_error_response).
     */
    get: operations["getChannelSummaryReport"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/accounts/{account_id}/audit_logs": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
      };
      cookie?: never;
    };
    /**
     * The account's audit trail, newest first (25 per page)
     * @description Administrators only. Entries of the audited models associated with the account, newest first. The fake records inbox creations and updates (with the acting user and the changed attributes). Source: enterprise/app/views/api/v1/accounts/audit_logs/show.json.jbuilder.
     */
    get: operations["getAuditLogs"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/accounts/{account_id}/csat_survey_responses": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
      };
      cookie?: never;
    };
    /**
     * List CSAT survey responses (25 per page)
     * @description A plain JSON array of responses (index.json.jbuilder `json.array!`), filtered by time range, assigned agents, inbox, team and rating.
     */
    get: operations["listCsatSurveyResponses"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/accounts/{account_id}/csat_survey_responses/metrics": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
      };
      cookie?: never;
    };
    /**
     * Number of responses, per rating, and of surveys sent
     * @description metrics.json.jbuilder: `total_count` and `ratings_count` (keyed by rating, only ratings that occur) over the filtered responses; `total_sent_messages_count` counts the account's `input_csat` messages in the time range (the other filters do not apply to it).
     */
    get: operations["getCsatSurveyResponseMetrics"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/accounts/{account_id}/csat_survey_responses/download": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
      };
      cookie?: never;
    };
    /**
     * The filtered responses as a CSV file
     * @description download.csv.erb (community edition): a header row, one row per response (agent "name (email)", rating, feedback, contact name, email and phone, link to the conversation, recorded time in UTC), then a "Reporting period <since> to <until>" line. `since` and `until` are required by the template (`Date.strptime(params[:since], '%s')`): without them Rails fails with a 500; the fake answers 422 `{"message":"Since can't be blank","attributes":["since"]}`.
     */
    get: operations["downloadCsatSurveyResponses"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/accounts/{account_id}/campaigns": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
      };
      cookie?: never;
    };
    /**
     * List the account's campaigns
     * @description Administrators only (CampaignPolicy). Every campaign of the account, not paginated.
     */
    get: operations["listCampaigns"];
    put?: never;
    /**
     * Create a campaign
     * @description Administrators only. `Current.account.campaigns.create!(campaign_params)`: answers 200 with the campaign. The inbox decides the type (app/models/campaign.rb `ensure_correct_campaign_attributes`): a website inbox makes an `ongoing` campaign (scheduled_at cleared); API inboxes are refused (`Inbox Unsupported Inbox type`). The campaign gets the next display id of the account (a per-account sequence).
     */
    post: operations["createCampaign"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/accounts/{account_id}/campaigns/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
        /** @description The campaign's display id. */
        id: number;
      };
      cookie?: never;
    };
    /**
     * Show a campaign
     * @description Administrators only. The controller looks the campaign up with `find_by(display_id:)` (no bang), so in Chatwoot an unknown id crashes in the view (500); the fake answers the closest 4xx, 404.
     */
    get: operations["getCampaign"];
    /**
     * Update a campaign (PUT)
     * @description Same as PATCH (Rails routes both to `update`).
     */
    put: operations["replaceCampaign"];
    post?: never;
    /**
     * Delete a campaign
     * @description Administrators only. `destroy!` then `head :ok`; its display id is not reused. Unknown id: 404 (Chatwoot crashes with a 500 on `nil.destroy!`).
     */
    delete: operations["deleteCampaign"];
    options?: never;
    head?: never;
    /**
     * Update a campaign
     * @description Administrators only. `update!` with the same permitted fields and validations as create. Unknown id: 404 (Chatwoot crashes with a 500 on `nil.update!`).
     */
    patch: operations["updateCampaign"];
    trace?: never;
  };
  "/api/v1/accounts/{account_id}/inboxes/{id}/campaigns": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
        /** @description The numeric id of the record. Chatwoot's routes constrain no id: any value reaches `find`, which reads it with `to_i` (`abc` finds nothing: 404; `1abc` is 1), as the fake does for every integer path parameter. */
        id: components["parameters"]["id"];
      };
      cookie?: never;
    };
    /**
     * List an inbox's campaigns
     * @description Administrators only (InboxPolicy#campaigns?); a plain array of the inbox's campaigns (app/views/api/v1/accounts/inboxes/campaigns.json.jbuilder). Chatwoot looks the inbox up before the policy check, so an agent asking for an unknown inbox gets 404 there; the fake checks the role first (401).
     */
    get: operations["listInboxCampaigns"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/accounts/{account_id}/conversations/{id}/reporting_events": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
        /** @description The conversation's display id. */
        id: number;
      };
      cookie?: never;
    };
    /**
     * List a conversation's reporting events
     * @description Enterprise edition (`get :reporting_events if ChatwootApp.enterprise?`; enterprise/app/controllers/enterprise/api/v1/accounts/conversations_controller.rb): the conversation's reporting events oldest first. Anyone who may see the conversation (an agent outside its inbox gets 401); not open to agent bots.
     */
    get: operations["listConversationReportingEvents"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/platform/api/v1/accounts": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List the accounts the platform app manages */
    get: operations["listPlatformAccounts"];
    put?: never;
    /**
     * Create an account
     * @description The account becomes permissible for the app. It is empty (no users: add them with account users) and starts with the installation's default feature flags. It is a real account: its members use it through the Application API.
     */
    post: operations["createPlatformAccount"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/platform/api/v1/accounts/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the record. Chatwoot's routes constrain no id: any value reaches `find`, which reads it with `to_i` (`abc` finds nothing: 404; `1abc` is 1), as the fake does for every integer path parameter. */
        id: components["parameters"]["id"];
      };
      cookie?: never;
    };
    /** Get an account */
    get: operations["getPlatformAccount"];
    /** Update an account (PUT) */
    put: operations["replacePlatformAccount"];
    post?: never;
    /**
     * Delete an account and everything in it
     * @description Chatwoot answers 200 at once and deletes in DeleteObjectJob; the fake deletes before answering: the account, its inboxes, contacts, conversations, messages, teams, labels, webhooks, agent bots and memberships. Users stay (without that membership).
     */
    delete: operations["deletePlatformAccount"];
    options?: never;
    head?: never;
    /**
     * Update an account
     * @description Also turns feature flags on and off (`features`) and replaces `limits` / `custom_attributes`.
     */
    patch: operations["updatePlatformAccount"];
    trace?: never;
  };
  "/platform/api/v1/accounts/{account_id}/account_users": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
      };
      cookie?: never;
    };
    /** List an account's memberships */
    get: operations["listPlatformAccountUsers"];
    put?: never;
    /**
     * Add a user to an account (or change the member's role)
     * @description The user then reaches the account through the Application API with its own token.
     */
    post: operations["createPlatformAccountUser"];
    /**
     * Remove a user from an account
     * @description A collection route: `user_id` in the body. The member's inbox and team memberships in the account go too and its conversations there are unassigned. 200 even when the user was no member.
     */
    delete: operations["deletePlatformAccountUser"];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/platform/api/v1/users": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Create a user (or take over the one with that email)
     * @description `User.from_email(email) || User.new(params)`: an existing user with that email (any case) is returned unchanged apart from being confirmed — 200, not a 422 — and becomes permissible for the app like a new one. New users are confirmed at once.
     */
    post: operations["createPlatformUser"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/platform/api/v1/users/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the record. Chatwoot's routes constrain no id: any value reaches `find`, which reads it with `to_i` (`abc` finds nothing: 404; `1abc` is 1), as the fake does for every integer path parameter. */
        id: components["parameters"]["id"];
      };
      cookie?: never;
    };
    /** Get a user */
    get: operations["getPlatformUser"];
    /** Update a user (PUT) */
    put: operations["replacePlatformUser"];
    post?: never;
    /**
     * Delete a user
     * @description Chatwoot answers 200 and deletes in DeleteObjectJob; the fake deletes before answering (memberships, inbox and team memberships, assignments; the token stops working).
     */
    delete: operations["deletePlatformUser"];
    options?: never;
    head?: never;
    /**
     * Update a user
     * @description `custom_attributes` are merged; an email change applies at once (no reconfirmation).
     */
    patch: operations["updatePlatformUser"];
    trace?: never;
  };
  "/platform/api/v1/users/{id}/login": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the record. Chatwoot's routes constrain no id: any value reaches `find`, which reads it with `to_i` (`abc` finds nothing: 404; `1abc` is 1), as the fake does for every integer path parameter. */
        id: components["parameters"]["id"];
      };
      cookie?: never;
    };
    /** A single sign-on link for the user */
    get: operations["getPlatformUserLoginUrl"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/platform/api/v1/users/{id}/token": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the record. Chatwoot's routes constrain no id: any value reaches `find`, which reads it with `to_i` (`abc` finds nothing: 404; `1abc` is 1), as the fake does for every integer path parameter. */
        id: components["parameters"]["id"];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * The user's API access token
     * @description Newest upstream routes only.
     */
    post: operations["createPlatformUserToken"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/platform/api/v1/agent_bots": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List the agent bots the platform app manages */
    get: operations["listPlatformAgentBots"];
    put?: never;
    /**
     * Create an agent bot
     * @description Without `account_id` the bot is a system bot (every account may connect it to an inbox); with one it belongs to that account. It gets its own access token and becomes permissible for the app.
     */
    post: operations["createPlatformAgentBot"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/platform/api/v1/agent_bots/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the record. Chatwoot's routes constrain no id: any value reaches `find`, which reads it with `to_i` (`abc` finds nothing: 404; `1abc` is 1), as the fake does for every integer path parameter. */
        id: components["parameters"]["id"];
      };
      cookie?: never;
    };
    /** Get an agent bot */
    get: operations["getPlatformAgentBot"];
    /** Update an agent bot (PUT) */
    put: operations["replacePlatformAgentBot"];
    post?: never;
    /**
     * Delete an agent bot
     * @description Its inbox bindings go with it; its token stops working.
     */
    delete: operations["deletePlatformAgentBot"];
    options?: never;
    head?: never;
    /** Update an agent bot */
    patch: operations["updatePlatformAgentBot"];
    trace?: never;
  };
  "/platform/api/v1/agent_bots/{id}/avatar": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the record. Chatwoot's routes constrain no id: any value reaches `find`, which reads it with `to_i` (`abc` finds nothing: 404; `1abc` is 1), as the fake does for every integer path parameter. */
        id: components["parameters"]["id"];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /**
     * Remove an agent bot's avatar
     * @description Removes the bot's avatar (`avatar_url` "" from then on) and renders the bot.
     */
    delete: operations["deletePlatformAgentBotAvatar"];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/public/api/v1/inboxes/{inbox_identifier}": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The API channel's `identifier` (shown as `inbox_identifier` in the Application API's inbox). */
        inbox_identifier: components["parameters"]["inbox_identifier"];
      };
      cookie?: never;
    };
    /**
     * Show an API inbox (public)
     * @description Public::Api::V1::InboxesController#show. Only GET is served (the controller has no other action).
     */
    get: operations["getPublicInbox"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/public/api/v1/inboxes/{inbox_identifier}/contacts": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The API channel's `identifier` (shown as `inbox_identifier` in the Application API's inbox). */
        inbox_identifier: components["parameters"]["inbox_identifier"];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Create a contact (public)
     * @description ContactInboxWithContactBuilder: with a `source_id` that already exists in the inbox, that contact inbox is answered unchanged; otherwise the account's contact with that `identifier`, else that `email` (case-insensitive), else that `phone_number` is reused, or a contact is created (named like `silent-moon-123` when no name is given), and a new contact inbox is made with `source_id` (default a uuid). Answers 200 (not 201). When `identifier_hash` is sent, or the inbox has `hmac_mandatory`, it must match (see 401); a contact inbox made here is not marked hmac_verified (Chatwoot checks before the contact inbox exists) — a later show or update with a valid hash verifies it. A new contact fires `contact_created`.
     */
    post: operations["createPublicContact"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/public/api/v1/inboxes/{inbox_identifier}/contacts/{contact_identifier}": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The API channel's `identifier` (shown as `inbox_identifier` in the Application API's inbox). */
        inbox_identifier: components["parameters"]["inbox_identifier"];
        /** @description The contact inbox's `source_id`, as the contact create answered it (not the numeric contact id). */
        contact_identifier: components["parameters"]["contact_identifier"];
      };
      cookie?: never;
    };
    /**
     * Show a contact (public)
     * @description The same shape as create. Identity validation runs here too (query parameters `identifier` and `identifier_hash`); a valid hash for the contact's own identifier marks the contact inbox hmac_verified, which widens the conversation lookups to all the contact's conversations.
     */
    get: operations["getPublicContact"];
    /**
     * Update a contact (public, PUT)
     * @description The same as PATCH (Rails routes both to update).
     */
    put: operations["replacePublicContact"];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Update a contact (public)
     * @description ContactIdentifyAction without `identifier` (it cannot be changed here; it is only read for the identity validation): non-blank `name`, `email`, `phone_number` replace the stored ones, `custom_attributes` are deep-merged, `avatar_url` becomes the avatar. Answers the create/show shape (`inboxes/contacts/update.json.jbuilder`, newest upstream); older versions rendered the raw Contact model (every column, account_id, identifier, custom attributes). Fires `contact_updated` when something changed. Not reproduced: Chatwoot merges this contact into another contact of the account that already has the given email or phone number; the fake answers that contact's uniqueness 422 instead (`Email has already been taken`).
     */
    patch: operations["updatePublicContact"];
    trace?: never;
  };
  "/public/api/v1/inboxes/{inbox_identifier}/contacts/{contact_identifier}/conversations": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The API channel's `identifier` (shown as `inbox_identifier` in the Application API's inbox). */
        inbox_identifier: components["parameters"]["inbox_identifier"];
        /** @description The contact inbox's `source_id`, as the contact create answered it (not the numeric contact id). */
        contact_identifier: components["parameters"]["contact_identifier"];
      };
      cookie?: never;
    };
    /**
     * List the contact's conversations (public)
     * @description The conversations of this contact inbox — or, once the contact inbox is hmac_verified, all the contact's conversations in any inbox. Not paginated; a plain array.
     */
    get: operations["listPublicConversations"];
    put?: never;
    /**
     * Start a conversation (public)
     * @description ConversationBuilder: with the inbox's `lock_to_single_conversation` the contact inbox's first conversation is answered instead. A new conversation is `pending` when an agent bot is attached to the inbox, `resolved` when the contact is blocked, else `open`; it fires `conversation_created` and shows in the Application API.
     */
    post: operations["createPublicConversation"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/public/api/v1/inboxes/{inbox_identifier}/contacts/{contact_identifier}/conversations/{conversation_id}": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The API channel's `identifier` (shown as `inbox_identifier` in the Application API's inbox). */
        inbox_identifier: components["parameters"]["inbox_identifier"];
        /** @description The contact inbox's `source_id`, as the contact create answered it (not the numeric contact id). */
        contact_identifier: components["parameters"]["contact_identifier"];
        /** @description The conversation's display id (per-account number). */
        conversation_id: components["parameters"]["conversation_id"];
      };
      cookie?: never;
    };
    /**
     * Show a conversation (public)
     * @description Looked up by display id among the contact inbox's conversations (all the contact's conversations once the contact inbox is hmac_verified).
     */
    get: operations["getPublicConversation"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/public/api/v1/inboxes/{inbox_identifier}/contacts/{contact_identifier}/conversations/{conversation_id}/toggle_status": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The API channel's `identifier` (shown as `inbox_identifier` in the Application API's inbox). */
        inbox_identifier: components["parameters"]["inbox_identifier"];
        /** @description The contact inbox's `source_id`, as the contact create answered it (not the numeric contact id). */
        contact_identifier: components["parameters"]["contact_identifier"];
        /** @description The conversation's display id (per-account number). */
        conversation_id: components["parameters"]["conversation_id"];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Resolve a conversation (public)
     * @description Only resolves (there is no reopening here): an unresolved conversation becomes `resolved` with the contact as the actor (activity message "Conversation was resolved by <Name>", `conversation_status_changed`); an already resolved one is left alone. Answers the conversation.
     */
    post: operations["togglePublicConversationStatus"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/public/api/v1/inboxes/{inbox_identifier}/contacts/{contact_identifier}/conversations/{conversation_id}/toggle_typing": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The API channel's `identifier` (shown as `inbox_identifier` in the Application API's inbox). */
        inbox_identifier: components["parameters"]["inbox_identifier"];
        /** @description The contact inbox's `source_id`, as the contact create answered it (not the numeric contact id). */
        contact_identifier: components["parameters"]["contact_identifier"];
        /** @description The conversation's display id (per-account number). */
        conversation_id: components["parameters"]["conversation_id"];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Tell the agents the contact is typing (public)
     * @description `typing_status` `on` / `off` (/ `recording`) dispatches conversation_typing_on / _off with the contact as the typer (webhooks, and /cable to the inbox's agents); other values do nothing. Empty 200 either way.
     */
    post: operations["togglePublicConversationTyping"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/public/api/v1/inboxes/{inbox_identifier}/contacts/{contact_identifier}/conversations/{conversation_id}/update_last_seen": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The API channel's `identifier` (shown as `inbox_identifier` in the Application API's inbox). */
        inbox_identifier: components["parameters"]["inbox_identifier"];
        /** @description The contact inbox's `source_id`, as the contact create answered it (not the numeric contact id). */
        contact_identifier: components["parameters"]["contact_identifier"];
        /** @description The conversation's display id (per-account number). */
        conversation_id: components["parameters"]["conversation_id"];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Mark the conversation seen by the contact (public)
     * @description Sets `contact_last_seen_at` to now; then (Conversations::UpdateMessageStatusJob) every non-incoming message created until now with status `sent` or `delivered` becomes `read` (`message_updated` each). Empty 200.
     */
    post: operations["updatePublicConversationLastSeen"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/public/api/v1/inboxes/{inbox_identifier}/contacts/{contact_identifier}/conversations/{conversation_id}/messages": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The API channel's `identifier` (shown as `inbox_identifier` in the Application API's inbox). */
        inbox_identifier: components["parameters"]["inbox_identifier"];
        /** @description The contact inbox's `source_id`, as the contact create answered it (not the numeric contact id). */
        contact_identifier: components["parameters"]["contact_identifier"];
        /** @description The conversation's display id (per-account number). */
        conversation_id: components["parameters"]["conversation_id"];
      };
      cookie?: never;
    };
    /**
     * List a conversation's messages (public)
     * @description MessageFinder with `filter_internal_messages`: no private notes, no activity messages. The latest 20, or the 20 just before the `before` message id; oldest first; a plain array.
     */
    get: operations["listPublicMessages"];
    put?: never;
    /**
     * Send a message as the contact (public)
     * @description An incoming `text` message from the contact (JSON, or multipart with `attachments[]` files). As any incoming message it reopens a resolved or snoozed conversation and fires `message_created`; agents see it in the Application API.
     */
    post: operations["createPublicMessage"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/public/api/v1/inboxes/{inbox_identifier}/contacts/{contact_identifier}/conversations/{conversation_id}/messages/{message_id}": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The API channel's `identifier` (shown as `inbox_identifier` in the Application API's inbox). */
        inbox_identifier: components["parameters"]["inbox_identifier"];
        /** @description The contact inbox's `source_id`, as the contact create answered it (not the numeric contact id). */
        contact_identifier: components["parameters"]["contact_identifier"];
        /** @description The conversation's display id (per-account number). */
        conversation_id: components["parameters"]["conversation_id"];
        /** @description The message id. */
        message_id: components["parameters"]["message_id"];
      };
      cookie?: never;
    };
    get?: never;
    /**
     * Submit a form, option or CSAT answer (public, PUT)
     * @description The same as PATCH (Rails routes both to update).
     */
    put: operations["replacePublicMessage"];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Submit a form, option or CSAT answer (public)
     * @description Stores `submitted_values` in the message's content_attributes (fires `message_updated` when it changed). On an `input_csat` message a `csat_survey_response` answer creates (or updates) the conversation's CSAT survey response, visible in the Application API. An input_csat message older than 14 days (by date) answers 422 `{"error":"You cannot update the CSAT survey after 14 days"}`.
     */
    patch: operations["updatePublicMessage"];
    trace?: never;
  };
  "/public/api/v1/csat_survey/{uuid}": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The conversation's `uuid`. */
        uuid: components["parameters"]["uuid"];
      };
      cookie?: never;
    };
    /**
     * Show a conversation's CSAT survey (public)
     * @description Public::Api::V1::CsatSurveyController#show: the conversation (by uuid, any inbox) and its first input_csat message; 404 when either is missing. This is what the survey page (/survey/responses/{uuid}) reads.
     */
    get: operations["getPublicCsatSurvey"];
    /**
     * Answer a conversation's CSAT survey (public, PUT)
     * @description The same as PATCH (Rails routes both to update).
     */
    put: operations["replacePublicCsatSurvey"];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Answer a conversation's CSAT survey (public)
     * @description `{"message":{"submitted_values":{"csat_survey_response":{"rating":5,"feedback_message":"..."}}}}` updates the input_csat message, which creates or updates the CSAT survey response. Older than 14 days: 422 `{"error":"You cannot update the CSAT survey after 14 days"}`. Without a `message` hash Rails fails with a 500; the fake answers 422 `{"error":"param is missing or the value is empty: message"}`.
     */
    patch: operations["updatePublicCsatSurvey"];
    trace?: never;
  };
  "/survey/responses/{uuid}": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The conversation's `uuid`. */
        uuid: components["parameters"]["uuid"];
      };
      cookie?: never;
    };
    /**
     * The CSAT survey page (HTML)
     * @description Survey::ResponsesController#show: the survey app's page, rendered for any uuid (Rails does not look the conversation up; the page does, through the public CSAT survey API above). The fake serves its own small version of the app: the inbox's name and avatar, five emoji ratings, each sent as soon as it is chosen, then an optional feedback message; the API's errors (an unknown survey, a survey older than 14 days) shown on the page.
     */
    get: operations["getCsatSurveyPage"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/auth/sign_in": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The sign-in page (redirects to the dashboard's login)
     * @description Devise's `new_user_session` route. Chatwoot's sessions controller answers every GET with a redirect to `<FRONTEND_URL>/app/login?error=access-denied` (`login_page_url`); the fake is its own frontend.
     */
    get: operations["signInPage"];
    put?: never;
    /**
     * Sign in with email and password (or an SSO token)
     * @description What Chatwoot's dashboard does: the answer's headers (`access-token`, `client`, `uid`; also `token-type`, `expiry` and devise_token_auth's `Authorization: Bearer <base64 JSON of those>`) authenticate later Application API calls instead of `api_access_token`. Tokens do not rotate per request (`change_headers_on_each_request = false`) and last two months; a user keeps at most 25 sessions (the oldest is dropped). Wrong or missing credentials (and an unknown or used `sso_auth_token`) answer 401 `{"success":false,"errors":["Invalid login credentials. Please try again."]}`; an unconfirmed user 401 with `error_code: user_not_confirmed`.
     */
    post: operations["signIn"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/auth/sign_out": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /**
     * Sign out (end the session of the `client` header)
     * @description Needs the session's `access-token`, `client` and `uid` headers; only that session ends. Without a live session: 404 `{"success":false,"errors":["User was not found or was not logged in."]}`.
     */
    delete: operations["signOut"];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/auth/password": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Set a new password with the token of a reset email
     * @description `DeviseOverrides::PasswordsController#update`. The token comes only in the reset email, which the fake never sends: every token is unknown and answers Chatwoot's 422 `{"message":"Invalid token", "redirect_url":"/"}`.
     */
    put: operations["resetPassword"];
    /**
     * Ask for a password reset email
     * @description `DeviseOverrides::PasswordsController#create`, newest upstream: the same 200 whether or not a user has the email (no account enumeration; older versions answered 404 for an unknown email). The fake sends no email.
     */
    post: operations["requestPasswordReset"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/auth/confirmation": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Confirm an email address with the token of a confirmation email
     * @description `DeviseOverrides::ConfirmationsController#create`. The token comes only in the confirmation email, which the fake never sends: every token is unknown and answers Chatwoot's 422 `{"message":"Invalid token","redirect_url":"/"}`.
     */
    post: operations["confirmUser"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/auth/validate_token": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Check a session and get its user
     * @description The dashboard calls it on load with the stored headers. The user comes under `payload.data` (app/views/devise/token.json.jbuilder), unlike sign-in's `data`. Without a live session: 401 `{"success":false,"errors":["Invalid login credentials"]}`.
     */
    get: operations["validateToken"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/widget/events": {
    parameters: {
      query?: {
        /** @description The web widget's `website_token` (Channel::WebWidget). Rails reads it from the query string or the body; missing or unknown → 404. */
        website_token?: components["parameters"]["website_token"];
        /** @description The widget's language (SwitchLocale); the events endpoint reports it as `widget_language`. */
        locale?: components["parameters"]["locale"];
      };
      header?: {
        /** @description The widget's token for the visitor: a JWT (HS256, signed with the installation's secret_key_base) with claims `source_id` (the contact inbox's source id) and `inbox_id`, plus `iat`/`exp` (180 days) — Widget::TokenService, handed out by `POST /api/v1/widget/config`. The fake signs with the secret `chatwoot-fake-secret-key-base` (`WIDGET_SECRET_KEY_BASE`, `widgetAuthToken()` in src/domain/widget.ts), checks `exp` on its clock, and finds the contact inbox by `source_id` in the widget's inbox. A missing, malformed, badly signed or expired token decodes to no contact → 404. */
        "X-Auth-Token"?: components["parameters"]["auth_token"];
      };
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Report a widget event (web widget)
     * @description Api::V1::Widget::EventsController#create: dispatches the event `name` with the visitor's contact inbox and `event_info` = the body's `event_info` merged with `widget_language` (the `locale` param, null when absent), `browser_language` (the first language of Accept-Language, e.g. `en`) and `browser` (`browser_name`, `browser_version`, `device_name`, `platform_name`, `platform_version`, read from the User-Agent as the `browser` gem names them, e.g. `Chrome`, `Macintosh`; `Generic Browser`/`0.0`/`Unknown`/`Other`/`0` for an unknown agent). For `webwidget.triggered` (the widget was opened) account webhooks subscribed to `webwidget_triggered`, the inbox's agent bot and an API inbox's webhook_url receive ContactInbox#webhook_data + `event` + `event_info` (app/listeners/webhook_listener.rb, app/listeners/agent_bot_listener.rb). Other names are dispatched to no listener the fake has (Chatwoot's `campaign.triggered`, which starts a campaign's conversation, is not reproduced). Answers 204 with no body.
     */
    post: operations["createWidgetEvent"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/widget/config": {
    parameters: {
      query?: {
        /** @description The web widget's `website_token` (Channel::WebWidget). Rails reads it from the query string or the body; missing or unknown → 404. */
        website_token?: components["parameters"]["website_token"];
        /** @description The widget's language (SwitchLocale); the events endpoint reports it as `widget_language`. */
        locale?: components["parameters"]["locale"];
      };
      header?: {
        /** @description The widget's token for the visitor: a JWT (HS256, signed with the installation's secret_key_base) with claims `source_id` (the contact inbox's source id) and `inbox_id`, plus `iat`/`exp` (180 days) — Widget::TokenService, handed out by `POST /api/v1/widget/config`. The fake signs with the secret `chatwoot-fake-secret-key-base` (`WIDGET_SECRET_KEY_BASE`, `widgetAuthToken()` in src/domain/widget.ts), checks `exp` on its clock, and finds the contact inbox by `source_id` in the widget's inbox. A missing, malformed, badly signed or expired token decodes to no contact → 404. */
        "X-Auth-Token"?: components["parameters"]["auth_token"];
      };
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Start the widget (web widget)
     * @description Api::V1::Widget::ConfigsController#create: the widget's settings (`website_channel_config`, with `auth_token`, the visitor's JWT to send as X-Auth-Token from then on), the visitor (`contact`, with the contact inbox's `pubsub_token` for /cable) and `global_config`. Without a valid X-Auth-Token a new visitor is made (a contact named like `silent-moon-123` and its contact inbox; `contact_created`).
     */
    post: operations["createWidgetConfig"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/widget/direct_uploads": {
    parameters: {
      query?: {
        /** @description The web widget's `website_token` (Channel::WebWidget). Rails reads it from the query string or the body; missing or unknown → 404. */
        website_token?: components["parameters"]["website_token"];
      };
      header?: {
        /** @description The widget's token for the visitor: a JWT (HS256, signed with the installation's secret_key_base) with claims `source_id` (the contact inbox's source id) and `inbox_id`, plus `iat`/`exp` (180 days) — Widget::TokenService, handed out by `POST /api/v1/widget/config`. The fake signs with the secret `chatwoot-fake-secret-key-base` (`WIDGET_SECRET_KEY_BASE`, `widgetAuthToken()` in src/domain/widget.ts), checks `exp` on its clock, and finds the contact inbox by `source_id` in the widget's inbox. A missing, malformed, badly signed or expired token decodes to no contact → 404. */
        "X-Auth-Token"?: components["parameters"]["auth_token"];
      };
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Start a direct upload of a file (web widget)
     * @description Api::V1::Widget::DirectUploadsController#create (ActiveStorage::DirectUploadsController behind the widget's website_token and X-Auth-Token checks), what `DirectUpload` of @rails/activestorage calls when the installation has direct uploads on: `blob` {filename, byte_size, checksum (the file's MD5, base64), content_type, metadata} becomes a blob with no bytes yet, answered with its JSON, `signed_id` and `direct_upload` {url, headers}. The client then PUTs the bytes to `url` with those headers (ActiveStorage's Disk service, `/rails/active_storage/disk/<token>`; a route of the fake outside this spec): 204 when stored; 422 when Content-Type or Content-Length is not the blob's or the bytes' MD5 is not the checksum; 404 for a bad or expired token (5 minutes); 413 over 40 MB. The widget then sends its message with the `signed_id` in `message[attachments][]`. The controller is no ApplicationController: an unknown website_token or visitor is Rails' 404 `{"status":404,"error":"Not Found"}`, no `blob` hash Rails' 400 `{"status":400,"error":"Bad Request"}`; a `blob` without filename, byte_size or checksum (Rails: an ArgumentError, 500) or with a blank checksum (RecordInvalid) is 422 `{"status":422,"error":"Unprocessable Entity"}`.
     */
    post: operations["createWidgetDirectUpload"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/widget/contact": {
    parameters: {
      query?: {
        /** @description The web widget's `website_token` (Channel::WebWidget). Rails reads it from the query string or the body; missing or unknown → 404. */
        website_token?: components["parameters"]["website_token"];
        /** @description The widget's language (SwitchLocale); the events endpoint reports it as `widget_language`. */
        locale?: components["parameters"]["locale"];
      };
      header?: {
        /** @description The widget's token for the visitor: a JWT (HS256, signed with the installation's secret_key_base) with claims `source_id` (the contact inbox's source id) and `inbox_id`, plus `iat`/`exp` (180 days) — Widget::TokenService, handed out by `POST /api/v1/widget/config`. The fake signs with the secret `chatwoot-fake-secret-key-base` (`WIDGET_SECRET_KEY_BASE`, `widgetAuthToken()` in src/domain/widget.ts), checks `exp` on its clock, and finds the contact inbox by `source_id` in the widget's inbox. A missing, malformed, badly signed or expired token decodes to no contact → 404. */
        "X-Auth-Token"?: components["parameters"]["auth_token"];
      };
      path?: never;
      cookie?: never;
    };
    /**
     * The visitor (web widget)
     * @description ContactsController#show (contacts/show.json.jbuilder): whether the contact has an email, name and phone number, its identifier and the source id of its first contact inbox.
     */
    get: operations["getWidgetContact"];
    /**
     * Update the visitor (web widget, PUT)
     * @description Same as PATCH /api/v1/widget/contact.
     */
    put: operations["replaceWidgetContact"];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Update the visitor (web widget)
     * @description ContactsController#update: ContactIdentifyAction on the visitor's contact with `identifier`, `email`, `name`, `phone_number`, `avatar_url`, `custom_attributes`, `additional_attributes` (invalid email or phone number discarded; another contact of the account holding the identifier, email or phone number absorbs the visitor's contact). With an `identifier` the `identifier_hash` is checked as in set_user.
     */
    patch: operations["updateWidgetContact"];
    trace?: never;
  };
  "/api/v1/widget/contact/set_user": {
    parameters: {
      query?: {
        /** @description The web widget's `website_token` (Channel::WebWidget). Rails reads it from the query string or the body; missing or unknown → 404. */
        website_token?: components["parameters"]["website_token"];
        /** @description The widget's language (SwitchLocale); the events endpoint reports it as `widget_language`. */
        locale?: components["parameters"]["locale"];
      };
      header?: {
        /** @description The widget's token for the visitor: a JWT (HS256, signed with the installation's secret_key_base) with claims `source_id` (the contact inbox's source id) and `inbox_id`, plus `iat`/`exp` (180 days) — Widget::TokenService, handed out by `POST /api/v1/widget/config`. The fake signs with the secret `chatwoot-fake-secret-key-base` (`WIDGET_SECRET_KEY_BASE`, `widgetAuthToken()` in src/domain/widget.ts), checks `exp` on its clock, and finds the contact inbox by `source_id` in the widget's inbox. A missing, malformed, badly signed or expired token decodes to no contact → 404. */
        "X-Auth-Token"?: components["parameters"]["auth_token"];
      };
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Identify the visitor (web widget)
     * @description ContactsController#set_user (`window.$chatwoot.setUser`): the `identifier_hash` is checked when sent or when the widget has hmac_mandatory (not for a request with custom_attributes and no identifier); a visitor whose contact already has another identifier gets a new contact and contact inbox, answered with its `widget_auth_token`; then ContactIdentifyAction as for update, and a checked hash marks the contact inbox hmac_verified (the visitor then sees the conversations of all its verified sessions).
     */
    patch: operations["setWidgetUser"];
    trace?: never;
  };
  "/api/v1/widget/contact/destroy_custom_attributes": {
    parameters: {
      query?: {
        /** @description The web widget's `website_token` (Channel::WebWidget). Rails reads it from the query string or the body; missing or unknown → 404. */
        website_token?: components["parameters"]["website_token"];
        /** @description The widget's language (SwitchLocale); the events endpoint reports it as `widget_language`. */
        locale?: components["parameters"]["locale"];
      };
      header?: {
        /** @description The widget's token for the visitor: a JWT (HS256, signed with the installation's secret_key_base) with claims `source_id` (the contact inbox's source id) and `inbox_id`, plus `iat`/`exp` (180 days) — Widget::TokenService, handed out by `POST /api/v1/widget/config`. The fake signs with the secret `chatwoot-fake-secret-key-base` (`WIDGET_SECRET_KEY_BASE`, `widgetAuthToken()` in src/domain/widget.ts), checks `exp` on its clock, and finds the contact inbox by `source_id` in the widget's inbox. A missing, malformed, badly signed or expired token decodes to no contact → 404. */
        "X-Auth-Token"?: components["parameters"]["auth_token"];
      };
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Remove custom attributes of the visitor (web widget)
     * @description ContactsController#destroy_custom_attributes: the keys in `custom_attributes` (a list) leave the contact's custom attributes; answers the Contact model (`render json: @contact`).
     */
    post: operations["destroyWidgetContactCustomAttributes"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/widget/conversations": {
    parameters: {
      query?: {
        /** @description The web widget's `website_token` (Channel::WebWidget). Rails reads it from the query string or the body; missing or unknown → 404. */
        website_token?: components["parameters"]["website_token"];
        /** @description The widget's language (SwitchLocale); the events endpoint reports it as `widget_language`. */
        locale?: components["parameters"]["locale"];
      };
      header?: {
        /** @description The widget's token for the visitor: a JWT (HS256, signed with the installation's secret_key_base) with claims `source_id` (the contact inbox's source id) and `inbox_id`, plus `iat`/`exp` (180 days) — Widget::TokenService, handed out by `POST /api/v1/widget/config`. The fake signs with the secret `chatwoot-fake-secret-key-base` (`WIDGET_SECRET_KEY_BASE`, `widgetAuthToken()` in src/domain/widget.ts), checks `exp` on its clock, and finds the contact inbox by `source_id` in the widget's inbox. A missing, malformed, badly signed or expired token decodes to no contact → 404. */
        "X-Auth-Token"?: components["parameters"]["auth_token"];
      };
      path?: never;
      cookie?: never;
    };
    /**
     * The visitor's conversation (web widget)
     * @description ConversationsController#index: the visitor's last conversation in the widget's inbox (`id` = display id, `inbox_id`, `contact_last_seen_at` unix seconds, `status`), or `{}` when there is none.
     */
    get: operations["listWidgetConversations"];
    put?: never;
    /**
     * Start a conversation (web widget)
     * @description ConversationsController#create (the pre-chat form): the visitor's contact takes `contact` (name, email, phone_number, custom_attributes) through ContactIdentifyAction (a contact that already has the email keeps its name and absorbs the visitor's; invalid values are dropped), then a new conversation (`custom_attributes`; additional_attributes from the browser, `message.referer_url` and `message.timestamp`) and the visitor's incoming message `message.content`. Webhooks, /cable and the Application API see both (`conversation_created`, `message_created`).
     */
    post: operations["createWidgetConversation"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/widget/conversations/update_last_seen": {
    parameters: {
      query?: {
        /** @description The web widget's `website_token` (Channel::WebWidget). Rails reads it from the query string or the body; missing or unknown → 404. */
        website_token?: components["parameters"]["website_token"];
        /** @description The widget's language (SwitchLocale); the events endpoint reports it as `widget_language`. */
        locale?: components["parameters"]["locale"];
      };
      header?: {
        /** @description The widget's token for the visitor: a JWT (HS256, signed with the installation's secret_key_base) with claims `source_id` (the contact inbox's source id) and `inbox_id`, plus `iat`/`exp` (180 days) — Widget::TokenService, handed out by `POST /api/v1/widget/config`. The fake signs with the secret `chatwoot-fake-secret-key-base` (`WIDGET_SECRET_KEY_BASE`, `widgetAuthToken()` in src/domain/widget.ts), checks `exp` on its clock, and finds the contact inbox by `source_id` in the widget's inbox. A missing, malformed, badly signed or expired token decodes to no contact → 404. */
        "X-Auth-Token"?: components["parameters"]["auth_token"];
      };
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Mark the conversation seen (web widget)
     * @description update_last_seen: contact_last_seen_at = now, and the agents' sent/delivered messages become read (`message_updated`). 200 also without a conversation.
     */
    post: operations["updateWidgetConversationLastSeen"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/widget/conversations/transcript": {
    parameters: {
      query?: {
        /** @description The web widget's `website_token` (Channel::WebWidget). Rails reads it from the query string or the body; missing or unknown → 404. */
        website_token?: components["parameters"]["website_token"];
        /** @description The widget's language (SwitchLocale); the events endpoint reports it as `widget_language`. */
        locale?: components["parameters"]["locale"];
      };
      header?: {
        /** @description The widget's token for the visitor: a JWT (HS256, signed with the installation's secret_key_base) with claims `source_id` (the contact inbox's source id) and `inbox_id`, plus `iat`/`exp` (180 days) — Widget::TokenService, handed out by `POST /api/v1/widget/config`. The fake signs with the secret `chatwoot-fake-secret-key-base` (`WIDGET_SECRET_KEY_BASE`, `widgetAuthToken()` in src/domain/widget.ts), checks `exp` on its clock, and finds the contact inbox by `source_id` in the widget's inbox. A missing, malformed, badly signed or expired token decodes to no contact → 404. */
        "X-Auth-Token"?: components["parameters"]["auth_token"];
      };
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Email the transcript (web widget)
     * @description transcript: mailed to the contact's own email (the fake records `conversation_transcript`; nothing when the contact has no email); `429` with no body when the visitor has no conversation (as Chatwoot).
     */
    post: operations["sendWidgetConversationTranscript"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/widget/conversations/toggle_typing": {
    parameters: {
      query?: {
        /** @description The web widget's `website_token` (Channel::WebWidget). Rails reads it from the query string or the body; missing or unknown → 404. */
        website_token?: components["parameters"]["website_token"];
        /** @description The widget's language (SwitchLocale); the events endpoint reports it as `widget_language`. */
        locale?: components["parameters"]["locale"];
      };
      header?: {
        /** @description The widget's token for the visitor: a JWT (HS256, signed with the installation's secret_key_base) with claims `source_id` (the contact inbox's source id) and `inbox_id`, plus `iat`/`exp` (180 days) — Widget::TokenService, handed out by `POST /api/v1/widget/config`. The fake signs with the secret `chatwoot-fake-secret-key-base` (`WIDGET_SECRET_KEY_BASE`, `widgetAuthToken()` in src/domain/widget.ts), checks `exp` on its clock, and finds the contact inbox by `source_id` in the widget's inbox. A missing, malformed, badly signed or expired token decodes to no contact → 404. */
        "X-Auth-Token"?: components["parameters"]["auth_token"];
      };
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Typing indicator (web widget)
     * @description toggle_typing: `typing_status` `on`/`off` sends conversation_typing_on/off with the contact (webhooks, /cable); other values do nothing. Empty 404 without a conversation.
     */
    post: operations["toggleWidgetConversationTyping"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/widget/conversations/toggle_status": {
    parameters: {
      query?: {
        /** @description The web widget's `website_token` (Channel::WebWidget). Rails reads it from the query string or the body; missing or unknown → 404. */
        website_token?: components["parameters"]["website_token"];
        /** @description The widget's language (SwitchLocale); the events endpoint reports it as `widget_language`. */
        locale?: components["parameters"]["locale"];
      };
      header?: {
        /** @description The widget's token for the visitor: a JWT (HS256, signed with the installation's secret_key_base) with claims `source_id` (the contact inbox's source id) and `inbox_id`, plus `iat`/`exp` (180 days) — Widget::TokenService, handed out by `POST /api/v1/widget/config`. The fake signs with the secret `chatwoot-fake-secret-key-base` (`WIDGET_SECRET_KEY_BASE`, `widgetAuthToken()` in src/domain/widget.ts), checks `exp` on its clock, and finds the contact inbox by `source_id` in the widget's inbox. A missing, malformed, badly signed or expired token decodes to no contact → 404. */
        "X-Auth-Token"?: components["parameters"]["auth_token"];
      };
      path?: never;
      cookie?: never;
    };
    /**
     * End the conversation (web widget)
     * @description toggle_status: resolves the visitor's conversation ("Conversation was resolved by <contact>"), never reopens it; 403 with no body when the widget's `end_conversation` feature is off; empty 404 without a conversation.
     */
    get: operations["toggleWidgetConversationStatus"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/widget/conversations/set_custom_attributes": {
    parameters: {
      query?: {
        /** @description The web widget's `website_token` (Channel::WebWidget). Rails reads it from the query string or the body; missing or unknown → 404. */
        website_token?: components["parameters"]["website_token"];
        /** @description The widget's language (SwitchLocale); the events endpoint reports it as `widget_language`. */
        locale?: components["parameters"]["locale"];
      };
      header?: {
        /** @description The widget's token for the visitor: a JWT (HS256, signed with the installation's secret_key_base) with claims `source_id` (the contact inbox's source id) and `inbox_id`, plus `iat`/`exp` (180 days) — Widget::TokenService, handed out by `POST /api/v1/widget/config`. The fake signs with the secret `chatwoot-fake-secret-key-base` (`WIDGET_SECRET_KEY_BASE`, `widgetAuthToken()` in src/domain/widget.ts), checks `exp` on its clock, and finds the contact inbox by `source_id` in the widget's inbox. A missing, malformed, badly signed or expired token decodes to no contact → 404. */
        "X-Auth-Token"?: components["parameters"]["auth_token"];
      };
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Set conversation custom attributes (web widget)
     * @description set_custom_attributes: the `custom_attributes` hash replaces the conversation's (`update!`); 204 (no template). Empty 404 without a conversation.
     */
    post: operations["setWidgetConversationCustomAttributes"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/widget/conversations/destroy_custom_attributes": {
    parameters: {
      query?: {
        /** @description The web widget's `website_token` (Channel::WebWidget). Rails reads it from the query string or the body; missing or unknown → 404. */
        website_token?: components["parameters"]["website_token"];
        /** @description The widget's language (SwitchLocale); the events endpoint reports it as `widget_language`. */
        locale?: components["parameters"]["locale"];
      };
      header?: {
        /** @description The widget's token for the visitor: a JWT (HS256, signed with the installation's secret_key_base) with claims `source_id` (the contact inbox's source id) and `inbox_id`, plus `iat`/`exp` (180 days) — Widget::TokenService, handed out by `POST /api/v1/widget/config`. The fake signs with the secret `chatwoot-fake-secret-key-base` (`WIDGET_SECRET_KEY_BASE`, `widgetAuthToken()` in src/domain/widget.ts), checks `exp` on its clock, and finds the contact inbox by `source_id` in the widget's inbox. A missing, malformed, badly signed or expired token decodes to no contact → 404. */
        "X-Auth-Token"?: components["parameters"]["auth_token"];
      };
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Remove conversation custom attributes (web widget)
     * @description destroy_custom_attributes: the keys in `custom_attribute` (a list) are removed; answers the Conversation model (`render json: conversation`). Empty 404 without a conversation.
     */
    post: operations["destroyWidgetConversationCustomAttributes"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/widget/messages": {
    parameters: {
      query?: {
        /** @description The web widget's `website_token` (Channel::WebWidget). Rails reads it from the query string or the body; missing or unknown → 404. */
        website_token?: components["parameters"]["website_token"];
        /** @description The widget's language (SwitchLocale); the events endpoint reports it as `widget_language`. */
        locale?: components["parameters"]["locale"];
        /** @description A message id; the 20 messages just before it. */
        before?: components["parameters"]["before"];
        /** @description A message id; the (at most 100) messages just after it (with `before`, those in between). */
        after?: components["parameters"]["after"];
      };
      header?: {
        /** @description The widget's token for the visitor: a JWT (HS256, signed with the installation's secret_key_base) with claims `source_id` (the contact inbox's source id) and `inbox_id`, plus `iat`/`exp` (180 days) — Widget::TokenService, handed out by `POST /api/v1/widget/config`. The fake signs with the secret `chatwoot-fake-secret-key-base` (`WIDGET_SECRET_KEY_BASE`, `widgetAuthToken()` in src/domain/widget.ts), checks `exp` on its clock, and finds the contact inbox by `source_id` in the widget's inbox. A missing, malformed, badly signed or expired token decodes to no contact → 404. */
        "X-Auth-Token"?: components["parameters"]["auth_token"];
      };
      path?: never;
      cookie?: never;
    };
    /**
     * The conversation's messages (web widget)
     * @description MessagesController#index (MessageFinder with filter_internal_messages): `payload` — no private notes, no activity messages, oldest first; the latest 20, or 20 `before` a message id, or 100 `after` one — and `meta.contact_last_seen_at`. Empty without a conversation.
     */
    get: operations["listWidgetMessages"];
    put?: never;
    /**
     * Send a message (web widget)
     * @description MessagesController#create: the visitor's incoming message (`message.content`, `message.reply_to` — a message of the conversation, else in_reply_to null — `message.echo_id`; multipart `message[attachments][]` files, and blobs of direct uploads named there by their `signed_id`, whose file type follows the blob's content type; a value that is no signed id of a blob — Rails raises InvalidSignature, a 500 — is 422 `{"status":422,"error":"Unprocessable Entity"}`, nothing created). Without a conversation one is created first, with `custom_attributes` and those `labels` the account has. A resolved conversation of an inbox with `allow_messages_after_resolved` off refuses: 403 `{"error":"Conversation is resolved and does not accept new messages"}`. The message reopens a resolved or snoozed conversation (not a muted one) and is seen by the Application API, webhooks and /cable.
     */
    post: operations["createWidgetMessage"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/widget/messages/{id}": {
    parameters: {
      query?: {
        /** @description The web widget's `website_token` (Channel::WebWidget). Rails reads it from the query string or the body; missing or unknown → 404. */
        website_token?: components["parameters"]["website_token"];
        /** @description The widget's language (SwitchLocale); the events endpoint reports it as `widget_language`. */
        locale?: components["parameters"]["locale"];
      };
      header?: {
        /** @description The widget's token for the visitor: a JWT (HS256, signed with the installation's secret_key_base) with claims `source_id` (the contact inbox's source id) and `inbox_id`, plus `iat`/`exp` (180 days) — Widget::TokenService, handed out by `POST /api/v1/widget/config`. The fake signs with the secret `chatwoot-fake-secret-key-base` (`WIDGET_SECRET_KEY_BASE`, `widgetAuthToken()` in src/domain/widget.ts), checks `exp` on its clock, and finds the contact inbox by `source_id` in the widget's inbox. A missing, malformed, badly signed or expired token decodes to no contact → 404. */
        "X-Auth-Token"?: components["parameters"]["auth_token"];
      };
      path: {
        /** @description The message id (a message of the visitor's own conversations). */
        id: components["parameters"]["parameters-message_id"];
      };
      cookie?: never;
    };
    get?: never;
    /**
     * Answer a message's form (web widget, PUT)
     * @description MessagesController#update: a message of the visitor's own conversations (else an empty 404). An `input_email` message stores `contact.email` as `submitted_email` and the visitor's contact takes the email (a contact that has it keeps its name and absorbs the visitor's); another message takes `message.submitted_values` (form answers, or `csat_survey_response` {rating, feedback_message}, which creates the CSAT survey response).
     */
    put: operations["replaceWidgetMessage"];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Answer a message's form (web widget)
     * @description MessagesController#update: a message of the visitor's own conversations (else an empty 404). An `input_email` message stores `contact.email` as `submitted_email` and the visitor's contact takes the email (a contact that has it keeps its name and absorbs the visitor's); another message takes `message.submitted_values` (form answers, or `csat_survey_response` {rating, feedback_message}, which creates the CSAT survey response).
     */
    patch: operations["updateWidgetMessage"];
    trace?: never;
  };
  "/api/v1/widget/labels": {
    parameters: {
      query?: {
        /** @description The web widget's `website_token` (Channel::WebWidget). Rails reads it from the query string or the body; missing or unknown → 404. */
        website_token?: components["parameters"]["website_token"];
        /** @description The widget's language (SwitchLocale); the events endpoint reports it as `widget_language`. */
        locale?: components["parameters"]["locale"];
      };
      header?: {
        /** @description The widget's token for the visitor: a JWT (HS256, signed with the installation's secret_key_base) with claims `source_id` (the contact inbox's source id) and `inbox_id`, plus `iat`/`exp` (180 days) — Widget::TokenService, handed out by `POST /api/v1/widget/config`. The fake signs with the secret `chatwoot-fake-secret-key-base` (`WIDGET_SECRET_KEY_BASE`, `widgetAuthToken()` in src/domain/widget.ts), checks `exp` on its clock, and finds the contact inbox by `source_id` in the widget's inbox. A missing, malformed, badly signed or expired token decodes to no contact → 404. */
        "X-Auth-Token"?: components["parameters"]["auth_token"];
      };
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Label the conversation (web widget)
     * @description LabelsController#create: `label`, when the account has that label, is added to the visitor's conversation; 204. Empty 404 without a conversation.
     */
    post: operations["addWidgetLabel"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/widget/labels/{id}": {
    parameters: {
      query?: {
        /** @description The web widget's `website_token` (Channel::WebWidget). Rails reads it from the query string or the body; missing or unknown → 404. */
        website_token?: components["parameters"]["website_token"];
        /** @description The widget's language (SwitchLocale); the events endpoint reports it as `widget_language`. */
        locale?: components["parameters"]["locale"];
      };
      header?: {
        /** @description The widget's token for the visitor: a JWT (HS256, signed with the installation's secret_key_base) with claims `source_id` (the contact inbox's source id) and `inbox_id`, plus `iat`/`exp` (180 days) — Widget::TokenService, handed out by `POST /api/v1/widget/config`. The fake signs with the secret `chatwoot-fake-secret-key-base` (`WIDGET_SECRET_KEY_BASE`, `widgetAuthToken()` in src/domain/widget.ts), checks `exp` on its clock, and finds the contact inbox by `source_id` in the widget's inbox. A missing, malformed, badly signed or expired token decodes to no contact → 404. */
        "X-Auth-Token"?: components["parameters"]["auth_token"];
      };
      path: {
        /** @description The label's title. */
        id: components["parameters"]["label"];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /**
     * Unlabel the conversation (web widget)
     * @description LabelsController#destroy: the label (path) leaves the visitor's conversation; 204. Empty 404 without a conversation.
     */
    delete: operations["removeWidgetLabel"];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/widget/inbox_members": {
    parameters: {
      query?: {
        /** @description The web widget's `website_token` (Channel::WebWidget). Rails reads it from the query string or the body; missing or unknown → 404. */
        website_token?: components["parameters"]["website_token"];
        /** @description The widget's language (SwitchLocale); the events endpoint reports it as `widget_language`. */
        locale?: components["parameters"]["locale"];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The inbox's agents (web widget)
     * @description InboxMembersController#index (website_token only, no visitor needed): `payload` of the inbox's agents with `name`, `avatar_url`, `availability_status`.
     */
    get: operations["listWidgetInboxMembers"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/widget/campaigns": {
    parameters: {
      query?: {
        /** @description The web widget's `website_token` (Channel::WebWidget). Rails reads it from the query string or the body; missing or unknown → 404. */
        website_token?: components["parameters"]["website_token"];
        /** @description The widget's language (SwitchLocale); the events endpoint reports it as `widget_language`. */
        locale?: components["parameters"]["locale"];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The inbox's campaigns (web widget)
     * @description CampaignsController#index (website_token only): the inbox's enabled campaigns: `id` (display id), `trigger_rules`, `message`, `sender` {name, avatar_url} or null.
     */
    get: operations["listWidgetCampaigns"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export interface webhooks {
  conversation_created: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * conversation_created
     * @description A conversation was created (API, widget or client API). Account webhooks subscribed to it and the webhook_url of an API inbox.
     */
    post: operations["conversationCreatedWebhook"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  conversation_status_changed: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * conversation_status_changed
     * @description The status changed (open, resolved, pending, snoozed); `changed_attributes` holds the status change only.
     */
    post: operations["conversationStatusChangedWebhook"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  conversation_updated: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * conversation_updated
     * @description A listed attribute changed (assignee, team, status, snooze, custom attributes, labels, waiting_since, first reply, priority); `changed_attributes` holds every changed column, `updated_at` included.
     */
    post: operations["conversationUpdatedWebhook"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  message_created: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * message_created
     * @description A message was created (incoming, outgoing, template; private notes too, activity messages never). Also sent to the agent bot of the inbox.
     */
    post: operations["messageCreatedWebhook"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  message_updated: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * message_updated
     * @description A message changed (deleted: content "This message was deleted" and `content_attributes.deleted`; status updated). Also sent to the agent bot of the inbox.
     */
    post: operations["messageUpdatedWebhook"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  contact_created: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * contact_created
     * @description A contact was created. Account webhooks only.
     */
    post: operations["contactCreatedWebhook"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  contact_updated: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * contact_updated
     * @description A contact changed (not sent when an update changed nothing). Account webhooks only.
     */
    post: operations["contactUpdatedWebhook"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  inbox_created: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * inbox_created
     * @description An inbox was created. Account webhooks only.
     */
    post: operations["inboxCreatedWebhook"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  inbox_updated: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * inbox_updated
     * @description An inbox changed (not sent when an update changed nothing). Account webhooks only.
     */
    post: operations["inboxUpdatedWebhook"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  webwidget_triggered: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * webwidget_triggered
     * @description A contact opened the web widget. Also sent to the agent bot of the inbox.
     */
    post: operations["webwidgetTriggeredWebhook"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  conversation_typing_on: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * conversation_typing_on
     * @description An agent or the contact started typing.
     */
    post: operations["conversationTypingOnWebhook"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  conversation_typing_off: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * conversation_typing_off
     * @description An agent or the contact stopped typing.
     */
    post: operations["conversationTypingOffWebhook"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  conversation_opened: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * conversation_opened
     * @description Agent bots only: a conversation of the bot's inbox changed its status to open.
     */
    post: operations["conversationOpenedWebhook"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  conversation_resolved: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * conversation_resolved
     * @description Agent bots only: a conversation of the bot's inbox changed its status to resolved.
     */
    post: operations["conversationResolvedWebhook"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export interface components {
  schemas: {
    /** @description ApiController#index. Unlike the other answers of the spec, other keys are allowed: forks of Chatwoot add their own (`capabilities`, `product`, `compatibility_version`) to this answer. */
    ApiInfo: {
      /**
       * @description `Chatwoot.config[:version]` (config/app.yml), e.g. `3.16.0`, `4.1.0`.
       * @example 4.1.0
       */
      version: string;
      /**
       * @description The server's time in UTC, `Time.now.utc.to_fs(:db)`: `YYYY-MM-DD HH:MM:SS`, no zone.
       * @example 2026-01-15 09:00:00
       */
      timestamp: string;
      /**
       * @description Redis answers a ping: `ok`, else `failing`.
       * @enum {string}
       */
      queue_services: "ok" | "failing";
      /**
       * @description Postgres answers: `ok`, else `failing`.
       * @enum {string}
       */
      data_services: "ok" | "failing";
    };
    /** @description Rails' public exception body (unknown route, malformed JSON). */
    RailsError: {
      status: number;
      error: string;
    };
    JsonObject: {
      [key: string]: unknown;
    };
    /** @description app/views/api/v1/models/_account.json.jbuilder (+ latest_chatwoot_version from show). */
    Account: {
      settings: {
        auto_resolve_duration?: number | null;
      };
      /**
       * Format: date-time
       * @description ISO-8601 (not unix seconds, unlike most views).
       */
      created_at: string;
      custom_attributes: components["schemas"]["JsonObject"];
      domain: string | null;
      features: {
        [key: string]: boolean;
      };
      id: number;
      locale: string;
      name: string;
      support_email: string | null;
      /** @enum {string} */
      status: "active" | "suspended";
      cache_keys: {
        [key: string]: unknown;
      };
      latest_chatwoot_version?: string;
    };
    /** @description Most errors: `{"error": "..."}` (request_exception_handler.rb). */
    ErrorMessage: {
      error: string;
    };
    /** @description DeviseTokenAuth's unauthenticated body. */
    ErrorList: {
      errors: string[];
    };
    AccountUpdate: {
      name?: string;
      locale?: string;
      domain?: string | null;
      support_email?: string | null;
      auto_resolve_duration?: number | null;
    };
    /** @description ActiveRecord::RecordInvalid: full messages joined by ", " and the failing attributes. */
    RecordInvalid: {
      message: string;
      attributes?: string[];
    };
    /** @description app/views/api/v1/models/_agent.json.jbuilder. `custom_role_id` is rendered by enterprise builds (the official images, Cloud) only, so it is never required; the fake renders it as those builds do. */
    Agent: {
      id: number;
      account_id: number;
      /** @enum {string} */
      availability_status: "online" | "offline" | "busy";
      auto_offline: boolean;
      confirmed: boolean;
      email: string;
      provider: string;
      available_name: string;
      /** @description Key present only when non-empty. */
      custom_attributes?: Record<string, unknown>;
      name: string;
      /** @enum {string} */
      role: "agent" | "administrator";
      /** @description "" when there is no avatar. */
      thumbnail: string;
      custom_role_id?: number | null;
    };
    /** @description A plain JSON array (no envelope), ordered by name. */
    AgentList: components["schemas"]["Agent"][];
    AgentFields: {
      name?: string;
      email?: string;
      /** @enum {string} */
      role?: "agent" | "administrator";
      /** @enum {string} */
      availability?: "online" | "offline" | "busy";
      /**
       * @description Accepted as an alias of `availability` (Chatwoot's swagger documents this name).
       * @enum {string}
       */
      availability_status?: "online" | "offline" | "busy";
      auto_offline?: boolean;
    };
    /** @description Chatwoot reads `params.require(:agent)`; a flat body works too (Rails wraps JSON parameters). */
    AgentRequest: components["schemas"]["AgentFields"] & {
      agent?: components["schemas"]["AgentFields"];
    };
    /** @description `emails[]` as a form, or a JSON list. */
    BulkCreateRequest: {
      emails: string[];
    };
    /** @description One day of the inbox's weekly schedule (`Inbox#weekly_schedule`, ordered by day_of_week). */
    WorkingHour: {
      /** @description 0 = Sunday. */
      day_of_week: number;
      closed_all_day: boolean;
      open_hour: number | null;
      open_minutes: number | null;
      close_hour: number | null;
      close_minutes: number | null;
      open_all_day: boolean;
    };
    /** @description app/views/api/v1/models/_inbox.json.jbuilder. Web-widget and Twilio columns are read with `try`, so they are present (null) on every channel; each channel type adds its own keys (Facebook: page_id, reauthorization_required; Twilio: medium, content_templates; Email: email, forwarding_enabled, forward_to_email; Telegram: bot_name; WhatsApp: message_templates, reauthorization_required). Secrets are shown to administrators only: `hmac_token` (widget and API), `secret` (API), `auth_token` and `account_sid` (Twilio), the IMAP and SMTP settings (Email) and `provider_config` (WhatsApp). No timestamps. */
    Inbox: {
      id: number;
      /** @description "" when there is no avatar. */
      avatar_url: string;
      /** @description Id in the channel type's own table. */
      channel_id: number;
      name: string;
      /**
       * @example Channel::WebWidget
       * @example Channel::Api
       * @example Channel::Email
       */
      channel_type: string;
      greeting_enabled: boolean;
      greeting_message: string | null;
      working_hours_enabled: boolean;
      enable_email_collect: boolean;
      csat_survey_enabled: boolean;
      /** @description The CSAT survey's display_type, message, button_text, survey_rules {operator, values} and an optional WhatsApp template ({} until configured). Came with chatwoot/chatwoot#11485 (2025-05-15, after 4.1.0); absent from the 3.x inboxes recorded in 2023. */
      csat_config?: Record<string, unknown>;
      enable_auto_assignment: boolean;
      auto_assignment_config: Record<string, unknown>;
      out_of_office_message: string | null;
      working_hours: components["schemas"]["WorkingHour"][];
      timezone: string;
      /** @description Where the provider posts (Inbox#callback_webhook_url): Twilio, SMS, LINE and WhatsApp inboxes; null for the others. */
      callback_webhook_url: string | null;
      allow_messages_after_resolved: boolean;
      lock_to_single_conversation: boolean;
      /** @enum {string} */
      sender_name_type: "friendly" | "professional";
      business_name: string | null;
      /** @description Only when a help-center portal is linked (`portal_id`). */
      help_center?: {
        name?: string;
        slug?: string;
      };
      /** @description Web widget: chatwoot/chatwoot#12450 (2025-09-16, between 4.5.2 and 4.6.0). */
      allowed_domains?: string | null;
      widget_color: string | null;
      website_url: string | null;
      /** @description Web widget and API channels have the column. */
      hmac_mandatory: boolean | null;
      welcome_title: string | null;
      welcome_tagline: string | null;
      web_widget_script: string | null;
      website_token: string | null;
      selected_feature_flags: string[] | null;
      /** @enum {string|null} */
      reply_time: "in_a_few_minutes" | "in_a_few_hours" | "in_a_day" | null;
      /** @description Web widget and API inboxes, administrators only. */
      hmac_token?: string;
      /** @description Web widget only. */
      pre_chat_form_enabled?: boolean;
      /** @description Web widget only. */
      pre_chat_form_options?: Record<string, unknown>;
      /** @description Web widget only. */
      continuity_via_email?: boolean;
      /** @description Facebook page inboxes only. */
      page_id?: string | null;
      /** @description Facebook page and WhatsApp inboxes; Email inboxes of a Microsoft or Google provider for administrators (true also while no OAuth authorization is stored). For WhatsApp, channels set up manually (`provider_config.source` "manual") are never flagged. */
      reauthorization_required?: boolean;
      /** @description Twilio inboxes sending through a messaging service. */
      messaging_service_sid: string | null;
      /** @description Twilio, SMS and WhatsApp inboxes ("whatsapp:+1…" for Twilio WhatsApp). */
      phone_number: string | null;
      /**
       * @description Twilio inboxes only.
       * @enum {string}
       */
      medium?: "sms" | "whatsapp";
      /** @description Twilio inboxes only (synced content templates). */
      content_templates?: Record<string, unknown> | null;
      /** @description Twilio inboxes, administrators only. */
      auth_token?: string | null;
      /** @description Twilio inboxes, administrators only. */
      account_sid?: string | null;
      /** @description Email inboxes only. */
      email?: string | null;
      /** @description Email inboxes only; whether the installation has MAILER_INBOUND_EMAIL_DOMAIN (the fake has). */
      forwarding_enabled?: boolean;
      /** @description Email inboxes only, when forwarding is enabled; the generated address mail is forwarded to. */
      forward_to_email?: string;
      /** @description Email inboxes, administrators only (as are all imap_ and smtp_ keys). */
      imap_login?: string | null;
      imap_password?: string | null;
      imap_address?: string | null;
      imap_port?: number | null;
      imap_enabled?: boolean | null;
      imap_enable_ssl?: boolean | null;
      /** @description Newest Chatwoot only. */
      imap_authentication?: string | null;
      smtp_login?: string | null;
      smtp_password?: string | null;
      smtp_address?: string | null;
      smtp_port?: number | null;
      smtp_enabled?: boolean | null;
      smtp_domain?: string | null;
      smtp_enable_ssl_tls?: boolean | null;
      smtp_enable_starttls_auto?: boolean | null;
      smtp_openssl_verify_mode?: string | null;
      smtp_authentication?: string | null;
      /** @description API inboxes, administrators only (signs the channel webhook). */
      secret?: string;
      /** @description API inboxes only. */
      webhook_url?: string | null;
      /** @description API inboxes only; the `{inbox_identifier}` of the public client API. */
      inbox_identifier?: string;
      /** @description API inboxes only. */
      additional_attributes?: Record<string, unknown> | null;
      /** @description Email (e.g. "microsoft", "google"), WhatsApp ("default" = 360dialog, "whatsapp_cloud") and SMS inboxes. */
      provider: string | null;
      /** @description Telegram inboxes only. */
      bot_name?: string | null;
      /** @description WhatsApp inboxes only (the templates synced from the provider). */
      message_templates?: unknown;
      /** @description WhatsApp inboxes, administrators only (unmasked, with the API key). */
      provider_config?: Record<string, unknown> | null;
    };
    /** @description app/views/api/v1/accounts/inboxes/index.json.jbuilder: ordered by lower(name). */
    InboxList: {
      payload: components["schemas"]["Inbox"][];
    };
    /** @description inboxes_controller.rb#inbox_attributes (top-level params: no `inbox` wrapper). */
    InboxFields: {
      name?: string | null;
      /** @description A file (multipart). */
      avatar?: unknown;
      greeting_enabled?: boolean;
      greeting_message?: string | null;
      enable_email_collect?: boolean;
      csat_survey_enabled?: boolean;
      enable_auto_assignment?: boolean;
      working_hours_enabled?: boolean;
      out_of_office_message?: string | null;
      /** @description A TZInfo identifier, e.g. "Europe/Paris". */
      timezone?: string;
      allow_messages_after_resolved?: boolean;
      lock_to_single_conversation?: boolean;
      /** @enum {string} */
      sender_name_type?: "friendly" | "professional";
      business_name?: string | null;
      /** @description The help-center portal to link (null unlinks). A portal that is not the account's answers 422 "Portal must exist" (Rails has no such validation; its foreign key fails with a 500). */
      portal_id?: number | string | null;
      /** @description display_type, message, button_text, survey_rules {operator, values[]} and template {name, template_id, created_at, language}; on update the controller fills in the defaults (emoji, "", "Please rate us", contains, []) and drops a template that is not given. */
      csat_config?: Record<string, unknown>;
    };
    WebWidgetChannelFields: {
      website_url?: string | null;
      widget_color?: string | null;
      welcome_title?: string | null;
      welcome_tagline?: string | null;
      /** @enum {string} */
      reply_time?: "in_a_few_minutes" | "in_a_few_hours" | "in_a_day";
      pre_chat_form_enabled?: boolean;
      pre_chat_form_options?: {
        pre_chat_message?: string | null;
        require_email?: boolean;
        pre_chat_fields?: Record<string, unknown>[];
      };
      continuity_via_email?: boolean;
      hmac_mandatory?: boolean;
      allowed_domains?: string | null;
      selected_feature_flags?: ("attachments" | "emoji_picker" | "end_conversation" | "use_inbox_avatar_for_bot" | "allow_mobile_webview")[];
    };
    ApiChannelFields: {
      webhook_url?: string | null;
      hmac_mandatory?: boolean;
      additional_attributes?: Record<string, unknown>;
    };
    /** @description Channel::Email::EDITABLE_ATTRS. IMAP and SMTP settings are accepted without connecting to the servers. */
    EmailChannelFields: {
      email?: string | null;
      imap_enabled?: boolean | string | null;
      imap_login?: string | null;
      imap_password?: string | null;
      imap_address?: string | null;
      imap_port?: number | string | null;
      imap_enable_ssl?: boolean | string | null;
      imap_authentication?: string | null;
      smtp_enabled?: boolean | string | null;
      smtp_login?: string | null;
      smtp_password?: string | null;
      smtp_address?: string | null;
      smtp_port?: number | string | null;
      smtp_domain?: string | null;
      smtp_enable_starttls_auto?: boolean | string | null;
      smtp_enable_ssl_tls?: boolean | string | null;
      smtp_openssl_verify_mode?: string | null;
      smtp_authentication?: string | null;
      provider?: string | null;
      verified_for_sending?: boolean | string | null;
    };
    /** @description Channel::Whatsapp (phone_number, provider, provider_config), Channel::Sms (phone_number, provider_config), Channel::Line (line_channel_*), Channel::Telegram (bot_token) and Channel::TwilioSms (account_sid, auth_token, update only) EDITABLE_ATTRS. */
    ProviderChannelFields: {
      phone_number?: string | null;
      provider?: string | null;
      provider_config?: Record<string, unknown>;
      line_channel_id?: string | null;
      line_channel_secret?: string | null;
      line_channel_token?: string | null;
      bot_token?: string | null;
      account_sid?: string | null;
      auth_token?: string | null;
    };
    /** @description The channel's EDITABLE_ATTRS; keys of other channel types are dropped by strong parameters. `type` is read on create only. */
    ChannelRequest: components["schemas"]["WebWidgetChannelFields"] & components["schemas"]["ApiChannelFields"] & components["schemas"]["EmailChannelFields"] & components["schemas"]["ProviderChannelFields"] & {
      /** @description Chatwoot's `allowed_channel_types`: web_widget, api, email, line, sms (created as Chatwoot does), telegram and whatsapp. Telegram (getMe) and WhatsApp (the provider's credentials check) ask the provider before saving; the fake has none, so they answer 422 as when the provider refuses ("Bot token invalid token", "Provider config Invalid Credentials"). Any other value creates no channel: 422 "Channel must exist". */
      type?: string;
    };
    /** @description Without `channel` Chatwoot fails with NoMethodError (Rails answers 500 here; the fake answers 422 `{"message":"Channel can't be blank","attributes":["channel"]}`). The channel is created first, so its validation errors (e.g. "Website url can't be blank") come before the inbox's. */
    InboxCreateRequest: components["schemas"]["InboxFields"] & {
      channel?: components["schemas"]["ChannelRequest"];
    };
    InboxUpdateRequest: components["schemas"]["InboxFields"] & {
      channel?: components["schemas"]["ChannelRequest"];
      /** @description Days to change, matched by day_of_week (Inbox#update_working_hours). An invalid day is skipped silently (non-bang update). */
      working_hours?: {
        day_of_week?: number;
        closed_all_day?: boolean;
        open_hour?: number | null;
        open_minutes?: number | null;
        close_hour?: number | null;
        close_minutes?: number | null;
        open_all_day?: boolean;
      }[];
    };
    /** @description Chatwoot enqueues DeleteObjectJob and answers at once (inboxes_controller.rb#destroy; the "deletetion" typo is Chatwoot's i18n key, the text is `messages.inbox_deletetion_response`). */
    InboxDeleted: {
      /** @constant */
      message: "Your inbox deletion request will be processed in some time.";
    };
    /** @description app/views/api/v1/models/_agent_bot.json.jbuilder */
    AgentBot: {
      id: number;
      name: string | null;
      description: string | null;
      /** @description "" when there is no avatar. */
      thumbnail: string;
      /** @description Absent for system (account-less) bots. */
      outgoing_url?: string | null;
      /** @example webhook */
      bot_type: string;
      bot_config: Record<string, unknown>;
      account_id: number | null;
      /** @description The bot's token (AgentBotPresenter), for any member who may read the bot; only for a bot of the request's account, never a system bot's. */
      access_token?: string;
      system_bot: boolean;
    };
    /** @description app/views/api/v1/accounts/inboxes/agent_bot.json.jbuilder: `json.agent_bot do ... if @agent_bot.present? end`. Jbuilder drops a key whose block adds nothing, so an inbox without a bot answers `{}` (not `{"agent_bot": null}`). */
    InboxAgentBot: {
      agent_bot?: components["schemas"]["AgentBot"];
    };
    SetAgentBotRequest: {
      /** @description The agent bot id; null or absent removes the inbox's bot. */
      agent_bot?: number | string | null;
    };
    /** @description app/views/api/v1/accounts/inboxes/assignable_agents.json.jbuilder */
    InboxAssignableAgents: {
      payload: components["schemas"]["Agent"][];
    };
    /** @description twilio_channels_controller.rb#permitted_params: `params.require(:twilio_channel)`. */
    TwilioChannelRequest: {
      twilio_channel?: {
        account_sid?: string;
        auth_token?: string;
        api_key_sid?: string | null;
        phone_number?: string | null;
        messaging_service_sid?: string | null;
        name?: string;
        /** @enum {string} */
        medium?: "sms" | "whatsapp";
      };
    };
    InboxMembersRequest: {
      inbox_id?: number | string;
      /** @description Create and update answer 400 when it is missing, 422 `{"message":"User must exist", "attributes":["user"]}` when an id names no user, and 422 `{"error":"Invalid User IDs"}` when it names a user of another account. */
      user_ids?: (number | string)[];
    };
    /** @description app/views/api/v1/accounts/inbox_members/{show,create,update}.json.jbuilder */
    InboxMemberList: {
      payload: components["schemas"]["Agent"][];
    };
    ContactListMeta: {
      /** @description Total number of matching contacts (all pages). */
      count: number;
      /** @description `params[:page] || 1` rendered as is: the integer 1 when no `page` is sent, otherwise the parameter exactly as sent — a string such as "2" for a query parameter (app/controllers/api/v1/accounts/contacts_controller.rb set_current_page). */
      current_page: number | string;
    };
    /** @description app/views/api/v1/models/_inbox_slim.json.jbuilder — the inbox inside a contact's `contact_inboxes` (newest upstream renders this slim partial there). `email` only for email channels. */
    InboxSlim: {
      id: number;
      avatar_url: string;
      channel_id: number;
      name: string;
      channel_type: string;
      provider: string | null;
      email?: string;
    };
    /** @description app/views/api/v1/models/_contact_inbox.json.jbuilder */
    ContactInbox: {
      source_id: string;
      /** @description The slim inbox from 4.0 on; Chatwoot 3.x rendered the whole inbox partial here (the 4.0 switch is assumed: no recorded early-4.x answer has contact_inboxes). */
      inbox: components["schemas"]["InboxSlim"] | components["schemas"]["Inbox"] | null;
    };
    /** @description app/views/api/v1/models/_contact.json.jbuilder. Timestamps are unix seconds; `last_activity_at` is omitted (not null) until the contact has activity. There is no `updated_at`. `contact_inboxes` only on the /contacts endpoints (and not when `include_contact_inboxes` is anything but "true"). */
    Contact: {
      additional_attributes: Record<string, unknown>;
      /** @enum {string} */
      availability_status: "online" | "offline" | "busy";
      email: string | null;
      id: number;
      name: string | null;
      phone_number: string | null;
      blocked: boolean;
      identifier: string | null;
      /** @description "" when there is no avatar. */
      thumbnail: string;
      custom_attributes: Record<string, unknown>;
      last_activity_at?: number;
      created_at: number;
      contact_inboxes?: components["schemas"]["ContactInbox"][];
    };
    /** @description app/views/api/v1/accounts/contacts/index.json.jbuilder (same for active, search, filter): one page of 15 contacts and the total count. */
    ContactList: {
      meta: components["schemas"]["ContactListMeta"];
      payload: components["schemas"]["Contact"][];
    };
    /** @description Flat body (`params.permit(...)` — a `{"contact": {...}}` wrapper is NOT read). Unknown keys are ignored. Validations (app/models/contact.rb): email format and per-account case-insensitive uniqueness, phone number E.164 and uniqueness, identifier uniqueness. */
    ContactRequest: {
      name?: string | null;
      identifier?: string | number | null;
      email?: string | null;
      phone_number?: string | null;
      /** @description Fetched asynchronously by Chatwoot; the fake uses the URL as the thumbnail at once. */
      avatar_url?: string | null;
      blocked?: boolean | null;
      /** @description On update, merged into the existing attributes (not replaced). */
      additional_attributes?: Record<string, unknown> | null;
      /** @description On update, merged into the existing attributes (not replaced). */
      custom_attributes?: Record<string, unknown> | null;
      /** @description Create only — also creates the contact's contact inbox in that inbox. */
      inbox_id?: number | null;
      /** @description Create only, with `inbox_id` — the contact inbox's source id (default a uuid). */
      source_id?: string | number | null;
    };
    /** @description ContactRequest as multipart/form-data, with an `avatar` image (top-level, as `params.permit` reads it; `contact[avatar]` is not read). Avatarable allows JPEG, PNG and GIF (identified from the bytes) of at most 15 MB: otherwise 422 "Avatar filetype not supported" / "Avatar is too big" and nothing is saved. The contact's `thumbnail` then points at the image, served by the fake. */
    ContactRequestMultipart: components["schemas"]["ContactRequest"] & {
      /** Format: binary */
      avatar?: string;
    };
    /** @description `json.inbox @contact_inbox&.inbox` (contacts/create.json.jbuilder) renders the Inbox *model* with Rails' as_json: every column of the inboxes table (the set varies across Chatwoot versions), ISO-8601 timestamps. */
    InboxRecord: {
      id: number;
      channel_id: number;
      account_id: number;
      name: string;
      created_at: string;
      updated_at: string;
      channel_type: string;
      enable_auto_assignment?: boolean | null;
      greeting_enabled?: boolean | null;
      greeting_message?: string | null;
      email_address?: string | null;
      working_hours_enabled?: boolean | null;
      out_of_office_message?: string | null;
      timezone?: string | null;
      enable_email_collect?: boolean | null;
      csat_survey_enabled?: boolean | null;
      allow_messages_after_resolved?: boolean | null;
      auto_assignment_config?: Record<string, unknown> | null;
      lock_to_single_conversation?: boolean;
      portal_id?: number | null;
      /** @enum {string} */
      sender_name_type?: "friendly" | "professional";
      business_name?: string | null;
      csat_config?: Record<string, unknown> | null;
    } & {
      [key: string]: unknown;
    };
    /** @description app/views/api/v1/accounts/contacts/create.json.jbuilder */
    ContactCreated: {
      payload: {
        contact: components["schemas"]["Contact"];
        /** @description Both keys are null when no `inbox_id` was sent. */
        contact_inbox: {
          inbox: components["schemas"]["InboxRecord"] | null;
          source_id: string | null;
        };
      };
    };
    /** @description `{"payload": [conditions]}` (app/services/contacts/filter_service.rb). Each condition's `query_operator` joins it to the next one. */
    ContactFilterRequest: {
      payload?: {
        attribute_key?: string;
        filter_operator?: string;
        values?: unknown;
        query_operator?: string | null;
      }[];
      /** @description Also read from the body when not in the query string. */
      page?: number | string;
    };
    /** @description show / update / destroy_custom_attributes / avatar views. */
    ContactPayload: {
      payload: components["schemas"]["Contact"];
    };
    DestroyCustomAttributesRequest: {
      /** @description Keys to remove from the contact's custom attributes. */
      custom_attributes?: string[];
    };
    /** @description app/views/api/v1/accounts/contacts/contactable_inboxes.json.jbuilder, from Contacts::ContactableInboxesService: API inboxes always (the latest source id of the contact there, or a fresh uuid), web-widget inboxes only where the contact has a contact inbox without conversations; only inboxes the caller may see. */
    ContactableInboxes: {
      payload: {
        inbox: components["schemas"]["Inbox"];
        source_id: string;
      }[];
    };
    ContactInboxRequest: {
      inbox_id?: number;
      source_id?: string | number | null;
      hmac_verified?: boolean | null;
    };
    /** @description The contact inside `meta.sender`: app/views/api/v1/models/_contact.json.jbuilder without contact_inboxes. `last_activity_at` and `created_at` are omitted when null. */
    ConversationContact: {
      additional_attributes: Record<string, unknown>;
      /** @enum {string} */
      availability_status: "online" | "offline" | "busy";
      email: string | null;
      id: number;
      name: string | null;
      phone_number: string | null;
      blocked: boolean;
      identifier: string | null;
      thumbnail: string;
      custom_attributes: Record<string, unknown>;
      last_activity_at?: number;
      created_at?: number;
    };
    /** @description app/views/api/v1/models/_team.json.jbuilder (`is_member` is relative to the caller). */
    ConversationTeam: {
      id: number;
      name: string;
      description: string | null;
      allow_auto_assign: boolean;
      account_id: number;
      is_member: boolean;
    };
    ConversationMetaBlock: {
      sender: components["schemas"]["ConversationContact"];
      /** @description The inbox channel type, e.g. "Channel::Api". */
      channel: string | null;
      assignee?: components["schemas"]["Agent"];
      team?: components["schemas"]["ConversationTeam"];
      hmac_verified: boolean | null;
    };
    /** @description Attachment#push_event_data (app/models/attachment.rb) for uploaded files. */
    Attachment: {
      id: number;
      message_id: number;
      /** @enum {string} */
      file_type: "image" | "audio" | "video" | "file" | "location" | "fallback";
      account_id: number;
      extension: string | null;
      data_url: string;
      /** @description "" when the file has no image representation. */
      thumb_url: string;
      file_size: number;
      width: number | null;
      height: number | null;
    };
    /** @description User#push_event_data: an agent as sender or assignee inside messages and conversations. */
    UserPush: {
      id: number;
      name: string;
      available_name: string;
      avatar_url: string;
      /** @constant */
      type: "user";
      /**
       * @description A string in REST answers; in webhook and cable payloads usually null (read from the online-status tracker, unset in background jobs).
       * @enum {string|null}
       */
      availability_status: "online" | "offline" | "busy" | null;
      thumbnail: string;
    };
    /** @description Contact#push_event_data (app/models/contact.rb). */
    ContactPush: {
      additional_attributes: Record<string, unknown>;
      custom_attributes: Record<string, unknown>;
      email: string | null;
      id: number;
      identifier: string | null;
      name: string;
      phone_number: string | null;
      thumbnail: string;
      blocked: boolean;
      /** @constant */
      type: "contact";
    };
    /** @description AgentBot#push_event_data(inbox). */
    AgentBotPush: {
      id: number;
      name: string;
      avatar_url: string;
      /** @constant */
      type: "agent_bot";
    };
    /** @description The sender's push_event_data — a user (outgoing), the contact (incoming) or an agent bot. */
    MessageSender: components["schemas"]["UserPush"] | components["schemas"]["ContactPush"] | components["schemas"]["AgentBotPush"];
    /** @description Message#push_event_data (app/models/message.rb): the message columns with an integer `message_type`, unix `created_at`, `conversation_id` = the display id (`conversation.display_id`), and a conversation summary. */
    MessagePushData: {
      id: number;
      content: string | null;
      account_id: number;
      inbox_id: number;
      conversation_id: number;
      /** @enum {integer} */
      message_type: 0 | 1 | 2 | 3;
      created_at: number;
      updated_at: string;
      private: boolean;
      /** @enum {string} */
      status: "sent" | "delivered" | "read" | "failed" | "progress";
      source_id: string | null;
      content_type: string;
      content_attributes: Record<string, unknown>;
      /** @enum {string|null} */
      sender_type: "User" | "Contact" | "AgentBot" | null;
      sender_id: number | null;
      external_source_ids: Record<string, unknown>;
      additional_attributes: Record<string, unknown>;
      processed_message_content: string | null;
      sentiment: Record<string, unknown>;
      conversation: {
        assignee_id: number | null;
        unread_count: number;
        last_activity_at: number | null;
        contact_inbox: {
          source_id: string | null;
        };
      };
      attachments?: components["schemas"]["Attachment"][];
      /** @description push_event_data of the sender (user, contact or agent bot); key absent when none. */
      sender?: components["schemas"]["MessageSender"];
    };
    /** @enum {string} */
    ConversationStatus: "open" | "resolved" | "pending" | "snoozed";
    /** @enum {string|null} */
    Priority: "low" | "medium" | "high" | "urgent" | null;
    /** @description app/views/api/v1/conversations/partials/_conversation.json.jbuilder. `id` is the per-account display id; timestamps are unix integers (0 when unset) except `updated_at` (a float, `.to_f`) and `snoozed_until` (ISO-8601 or null). `messages` holds only the last message (or is empty); `unread_count` counts at most 10 unread incoming messages (`unread_incoming_messages` takes `.last(10)`). `meta.assignee` / `meta.team` are present only when set. */
    Conversation: {
      meta: components["schemas"]["ConversationMetaBlock"];
      id: number;
      messages: components["schemas"]["MessagePushData"][];
      account_id: number;
      uuid: string;
      additional_attributes: Record<string, unknown>;
      agent_last_seen_at: number;
      assignee_last_seen_at: number;
      can_reply: boolean;
      contact_last_seen_at: number;
      custom_attributes: Record<string, unknown>;
      inbox_id: number;
      labels: string[];
      muted: boolean;
      /** Format: date-time */
      snoozed_until: string | null;
      status: components["schemas"]["ConversationStatus"];
      created_at: number;
      /** @description A float (`updated_at.to_f`). */
      updated_at: number;
      timestamp: number;
      first_reply_created_at: number;
      unread_count: number;
      last_non_activity_message: components["schemas"]["MessagePushData"] | null;
      last_activity_at: number;
      priority: components["schemas"]["Priority"];
      waiting_since: number;
      sla_policy_id: number | null;
    };
    /** @description app/views/api/v1/accounts/contacts/conversations/index.json.jbuilder: the contact's conversations in inboxes the caller may see, newest first, at most 20 (not paginated). */
    ContactConversations: {
      payload: components["schemas"]["Conversation"][];
    };
    /** @description Both read with `params.permit(:inbox_id, :source_id)`; a number is read as its digits. */
    ContactInboxFilterRequest: {
      inbox_id?: number | string;
      source_id?: string | number;
    };
    /** @description Counted after the status, inbox, team, labels and q filters but before assignee_type (app/finders/conversation_finder.rb); assigned_count = all_count - unassigned_count. */
    ConversationCounts: {
      mine_count: number;
      assigned_count: number;
      unassigned_count: number;
      all_count: number;
    };
    /** @description index.json.jbuilder: `{"data":{"meta":{counts},"payload":[conversation...]}}`, 25 per page. */
    ConversationList: {
      data: {
        meta: components["schemas"]["ConversationCounts"];
        payload: components["schemas"]["Conversation"][];
      };
    };
    /** @description Top-level params (the controller reads `params[...]`, not a wrapped model). Either `source_id` (an existing contact inbox) or `contact_id` + `inbox_id` (the contact inbox is found or created). */
    ConversationCreateRequest: {
      source_id?: string | null;
      inbox_id?: number | null;
      contact_id?: number | null;
      /**
       * @description Default `open`. Overridden by Conversation#determine_conversation_status: `resolved` when the contact is blocked, `pending` when an agent bot is attached to the inbox.
       * @enum {string|null}
       */
      status?: "open" | "resolved" | "pending" | "snoozed" | "" | null;
      assignee_id?: number | null;
      team_id?: number | null;
      additional_attributes?: Record<string, unknown> | null;
      custom_attributes?: Record<string, unknown> | null;
      /** @description A time Rails can cast (ISO-8601 string or unix seconds); kept only when status is snoozed. */
      snoozed_until?: string | number | null;
      /** @description The first message, created outgoing with the caller (user or agent bot) as sender. */
      message?: {
        content?: string | null;
        private?: boolean | null;
        /**
         * @description A Message content type (`text` when absent). Rails' enum raises on any other value (a 500 there); the fake refuses it with a 422 naming `content_type`.
         * @enum {string|null}
         */
        content_type?: "text" | "input_text" | "input_textarea" | "input_email" | "input_select" | "cards" | "form" | "article" | "incoming_email" | "input_csat" | "integrations" | "sticker" | null;
        content_attributes?: Record<string, unknown> | null;
      } | null;
    };
    /** @description meta.json.jbuilder: `{"meta":{counts}}` (no payload, no data wrapper). */
    ConversationMetaCounts: {
      meta: components["schemas"]["ConversationCounts"];
    };
    /** @description `{"payload":[{"attribute_key","filter_operator","values","query_operator"}...]}` */
    ConversationFilterRequest: {
      payload?: {
        attribute_key?: string;
        filter_operator?: string;
        values?: unknown;
        query_operator?: string | null;
        custom_attribute_type?: string | null;
      }[];
    };
    /** @description filter.json.jbuilder: `{"meta":{counts},"payload":[conversation...]}` — no `data` wrapper. */
    ConversationFilterResult: {
      meta: components["schemas"]["ConversationCounts"];
      payload: components["schemas"]["Conversation"][];
    };
    /** @description `params.permit(:priority)` — other keys (additional_attributes, status, ...) are ignored; the Enterprise edition also permits `sla_policy_id`, which this community-edition fake ignores. */
    ConversationUpdateRequest: {
      /**
       * @description Null or blank removes the priority.
       * @enum {string|null}
       */
      priority?: "urgent" | "high" | "medium" | "low" | "" | null;
    };
    /** @description Unix seconds (Chatwoot parses it with DateTime.strptime(value, '%s')). */
    UnixTime: number | null;
    ToggleStatusRequest: {
      /**
       * @description Omitted or blank toggles (open → resolved, anything else → open).
       * @enum {string|null}
       */
      status?: "open" | "resolved" | "pending" | "snoozed" | "" | null;
      snoozed_until?: components["schemas"]["UnixTime"];
    };
    /** @description toggle_status.json.jbuilder. `success` is null when an agent bot hands a pending conversation over (bot_handoff! leaves @status unset); `snoozed_until` is ISO-8601 or null. */
    ToggleStatusResult: {
      meta: Record<string, unknown>;
      payload: {
        success: boolean | null;
        conversation_id: number;
        current_status: components["schemas"]["ConversationStatus"];
        /** Format: date-time */
        snoozed_until: string | null;
      };
    };
    TogglePriorityRequest: {
      /**
       * @description Omitted, null or blank removes the priority (`priority.presence`).
       * @enum {string|null}
       */
      priority?: "urgent" | "high" | "medium" | "low" | "" | null;
    };
    AssignmentRequest: {
      /** @description Checked with `params.key?(:assignee_id)`: present but null or not a member of the account unassigns. */
      assignee_id?: number | null;
      /** @description Read only when `assignee_id` is absent; null or unknown removes the team. */
      team_id?: number | null;
    };
    /** @description `render json: @team` in the assignments controller: the Rails model JSON, every column with ISO-8601 timestamps (not the jbuilder team partial). */
    TeamModel: {
      id: number;
      name: string;
      description: string | null;
      allow_auto_assign: boolean;
      account_id: number;
      /** Format: date-time */
      created_at: string;
      /** Format: date-time */
      updated_at: string;
    };
    /** @description The new assignee as the agent partial; the team as Rails model JSON when `team_id` was sent; JSON `null` when unassigning, when the user or team is unknown, or when neither key was sent (app/controllers/api/v1/accounts/conversations/assignments_controller.rb). */
    AssignmentResult: components["schemas"]["Agent"] | components["schemas"]["TeamModel"] | null;
    /** @description `{"payload":["billing","vip"]}` — label titles, in the order they were set. */
    LabelTitles: {
      payload: string[];
    };
    LabelsRequest: {
      /** @description Replaces the whole label set. Titles need not exist as account labels. A value that is not an array is dropped by strong parameters (`labels: []`), which clears the labels. */
      labels?: unknown;
    };
    /** @description app/views/api/v1/accounts/conversations/messages/index.json.jbuilder. The two last-seen times are rendered without `.to_i`, so they are ISO-8601 strings (or null when never seen), unlike most timestamps. */
    MessageListMeta: {
      labels: string[];
      additional_attributes: Record<string, unknown>;
      contact: components["schemas"]["ContactPush"];
      /** @description Key present only when the conversation is assigned. */
      assignee?: components["schemas"]["UserPush"];
      /** Format: date-time */
      agent_last_seen_at: string | null;
      /** Format: date-time */
      assignee_last_seen_at: string | null;
    };
    /** @description app/views/api/v1/models/_message.json.jbuilder. `message_type` is Chatwoot's integer enum (0 incoming, 1 outgoing, 2 activity, 3 template), `conversation_id` the conversation's display id, `created_at` unix seconds. `echo_id` appears only in the answer to the POST that sent it (it is not stored); `sender` only when the message has one, `attachments` only when there are some. */
    Message: {
      id: number;
      content: string | null;
      inbox_id: number;
      echo_id?: string | number;
      /** @description The conversation's display id. */
      conversation_id: number;
      /** @enum {integer} */
      message_type: 0 | 1 | 2 | 3;
      /** @enum {string} */
      content_type: "text" | "input_text" | "input_textarea" | "input_email" | "input_select" | "cards" | "form" | "article" | "incoming_email" | "input_csat" | "integrations" | "sticker";
      /** @enum {string} */
      status: "sent" | "delivered" | "read" | "failed" | "progress";
      content_attributes: Record<string, unknown>;
      created_at: number;
      private: boolean;
      source_id: string | null;
      sender?: components["schemas"]["MessageSender"];
      attachments?: components["schemas"]["Attachment"][];
    };
    MessageList: {
      meta: components["schemas"]["MessageListMeta"];
      /** @description Oldest first. */
      payload: components["schemas"]["Message"][];
    };
    /** @description Read by Messages::MessageBuilder straight from `params` (no `message` wrapper). JSON, urlencoded or multipart; files go in `attachments[]` parts. `message_type` (`outgoing` when absent; also `incoming` (API inboxes only), `activity`, `template`) and `content_type` (`text` when absent, or one of the Message content types) are checked by the handler with Chatwoot's own 422 bodies, e.g. `{"error":"'foo' is not a valid message_type"}`. */
    MessageRequest: {
      content?: string | null;
      /**
       * @example outgoing
       * @example incoming
       */
      message_type?: string;
      /** @description A private note, never sent to the contact. */
      private?: boolean;
      /**
       * @example text
       * @example input_select
       * @example cards
       * @example form
       * @example article
       */
      content_type?: string;
      /** @description An object, or (multipart) a JSON string of one; unparseable strings count as empty. */
      content_attributes?: Record<string, unknown> | string;
      /** @description Echoed back in the response (not stored). */
      echo_id?: string | number;
      source_id?: string | null;
      /** @description Kept in the message's additional_attributes. */
      template_params?: Record<string, unknown>;
      /** @description Copied into content_attributes.external_created_at. */
      external_created_at?: string | number;
      campaign_id?: number;
      /** @description `AgentBot` with `sender_id` sends an outgoing message as that agent bot. */
      sender_type?: string;
      sender_id?: number;
    };
    /** @description Messages::StatusUpdateService. An unknown status, or read → delivered, changes nothing. */
    MessageStatusRequest: {
      /**
       * @example sent
       * @example delivered
       * @example read
       * @example failed
       */
      status?: string;
      /** @description Kept only with status `failed`. */
      external_error?: string | null;
    };
    /** @description app/views/api/v1/accounts/webhooks/_webhook.json.jbuilder. No timestamps and no `webhook_type`. `secret` is the signing secret (`has_secure_token :secret`, Chatwoot 4.x). The `inbox` key is present only when the stored `inbox_id` resolves to an inbox (in the fake: an inbox of the same account; Chatwoot would render another account's inbox too). */
    Webhook: {
      id: number;
      name: string | null;
      url: string;
      account_id: number;
      /** @description Event names (see WebhookEvent). Left as plain strings here: the allowed list grows between Chatwoot versions, and a check against a newer server should not fail on a new event name. */
      subscriptions: string[];
      secret: string | null;
      inbox?: {
        id: number;
        name: string;
      };
    };
    /** @description `{"payload":{"webhooks":[...]}}` — an object inside `payload`, not an array (app/views/api/v1/accounts/webhooks/index.json.jbuilder). Not paginated, in id order. */
    WebhookList: {
      payload: {
        webhooks: components["schemas"]["Webhook"][];
      };
    };
    WebhookFields: {
      name?: string | null;
      /** @description Must be an http(s) URL (`URI::DEFAULT_PARSER.make_regexp(%w[http https])`) and unique in the account, else 422 `Url is invalid` / `Url has already been taken`. There is no presence validation: a missing url fails the format check. */
      url?: string | null;
      /** @description Event names from Webhook::ALLOWED_WEBHOOK_EVENTS (see WebhookEvent). Empty, or any unknown name → 422 `{"message":"Subscriptions Invalid events","attributes":["subscriptions"]}`. Omitted or null on create → the column default: the eight events conversation_status_changed … webwidget_triggered (db/schema.rb). */
      subscriptions?: string[] | null;
      /** @description Create only. Stored as given: Chatwoot does not check that the inbox exists or belongs to the account (`belongs_to :inbox, optional: true`, no foreign key), and it does not change which events are delivered. */
      inbox_id?: number | null;
    };
    /** @description Chatwoot reads `params.require(:webhook)`; a flat JSON body works too (Rails wraps the model's attributes). A body with neither → 422 `{"error":"param is missing or the value is empty: webhook"}`. */
    WebhookRequest: components["schemas"]["WebhookFields"] & {
      webhook?: components["schemas"]["WebhookFields"];
    };
    /** @description `{"payload":{"webhook":{...}}}` (app/views/api/v1/accounts/webhooks/create.json.jbuilder), also for update. */
    WebhookEnvelope: {
      payload: {
        webhook: components["schemas"]["Webhook"];
      };
    };
    /** @description app/views/api/v1/models/_team.json.jbuilder. `is_member` tells whether the calling user belongs to the team. No timestamps. */
    Team: {
      id: number;
      /** @description Always lower case (app/models/team.rb downcases it before validation). */
      name: string;
      description: string | null;
      allow_auto_assign: boolean;
      account_id: number;
      is_member: boolean;
    };
    /** @description A plain JSON array (app/views/api/v1/accounts/teams/index.json.jbuilder), in id order, not paginated. */
    TeamList: components["schemas"]["Team"][];
    TeamFields: {
      /** @description Stored in lower case; must be present (`Name must not be blank`) and unique in the account (`Name has already been taken`). */
      name?: string | null;
      description?: string | null;
      /** @description Default true. */
      allow_auto_assign?: boolean;
    };
    /** @description Chatwoot reads `params.require(:team).permit(:name, :description, :allow_auto_assign)`; a flat JSON body works too (wrap_parameters). A body with neither → 422 `{"error":"param is missing or the value is empty: team"}`. */
    TeamRequest: components["schemas"]["TeamFields"] & {
      team?: components["schemas"]["TeamFields"];
    };
    /** @description The members as agents (app/views/api/v1/accounts/team_members/index.json.jbuilder): a plain array in the order they joined. */
    TeamMemberList: components["schemas"]["Agent"][];
    /** @description `params[:user_ids]`: ids of users of the account. Any id that is not a user of the account → 401 `{"error":"Invalid User IDs"}` (`validate_member_id_params`). Without `user_ids` the action fails on `nil.map`: Rails answers 500 here; the fake answers 422 `User ids can't be blank`. */
    TeamMembersRequest: {
      user_ids?: (number | string | null)[];
    };
    /** @description app/views/api/v1/accounts/team_members/create.json.jbuilder: an array of agents — the users just added (POST) or all members after the change (PATCH). When that list is empty the template renders nothing and the body is an empty object `{}`. */
    TeamMembersChanged: components["schemas"]["Agent"][] | Record<string, unknown>;
    /** @description app/views/api/v1/accounts/labels/{index,show,create,update}.json.jbuilder: exactly these keys, no timestamps. */
    Label: {
      id: number;
      title: string | null;
      description: string | null;
      /** @description Default "#1f93ff". */
      color: string;
      show_on_sidebar: boolean | null;
    };
    /** @description `{"payload":[...]}`, in id order, not paginated. */
    LabelList: {
      payload: components["schemas"]["Label"][];
    };
    LabelFields: {
      /** @description Stored in lower case. Must be present (`Title must not be blank`), start with a letter or digit and contain only letters, digits, `_` and `-`, at least two characters (`Title is invalid`; RegexHelper::UNICODE_CHARACTER_NUMBER_HYPHEN_UNDERSCORE), and be unique in the account (`Title has already been taken`). */
      title?: string | null;
      description?: string | null;
      color?: string;
      show_on_sidebar?: boolean | null;
    };
    /** @description Chatwoot reads `params.require(:label).permit(:title, :description, :color, :show_on_sidebar)`; a flat JSON body works too. A body with neither → 422 `{"error":"param is missing or the value is empty: label"}`. */
    LabelRequest: components["schemas"]["LabelFields"] & {
      label?: components["schemas"]["LabelFields"];
    };
    /** @description Rendered with `render json:` (no jbuilder; app/controllers/api/v1/accounts/canned_responses_controller.rb): Rails' model JSON, i.e. every column, with ISO-8601 timestamps. */
    CannedResponse: {
      id: number;
      account_id: number;
      short_code: string | null;
      content: string | null;
      /** Format: date-time */
      created_at: string;
      /** Format: date-time */
      updated_at: string;
    };
    /** @description A plain JSON array, not paginated. */
    CannedResponseList: components["schemas"]["CannedResponse"][];
    CannedResponseFields: {
      /** @description Required (`Short code can't be blank`) and unique in the account, case-sensitively (`Short code has already been taken`). */
      short_code?: string | null;
      /** @description Required (`Content can't be blank`). */
      content?: string | null;
    };
    /** @description Chatwoot reads `params.require(:canned_response).permit(:short_code, :content)`; a flat JSON body works too. A body with neither → 422 `{"error":"param is missing or the value is empty: canned_response"}`. */
    CannedResponseRequest: components["schemas"]["CannedResponseFields"] & {
      canned_response?: components["schemas"]["CannedResponseFields"];
    };
    /** @description app/views/api/v1/models/_custom_attribute_definition.json.jbuilder. Enums by name; the timestamps are Times rendered by jbuilder, i.e. ISO-8601 strings (not unix seconds). */
    CustomAttributeDefinition: {
      id: number;
      attribute_display_name: string | null;
      /** @enum {string|null} */
      attribute_display_type: "text" | "number" | "currency" | "percent" | "link" | "date" | "list" | "checkbox" | null;
      attribute_description: string | null;
      attribute_key: string | null;
      regex_pattern: string | null;
      regex_cue: string | null;
      /** @description The options of a `list` attribute (`[]` otherwise). */
      attribute_values: (string | number | boolean | null)[];
      /** @enum {string|null} */
      attribute_model: "conversation_attribute" | "contact_attribute" | null;
      default_value: number | null;
      /** Format: date-time */
      created_at: string;
      /** Format: date-time */
      updated_at: string;
    };
    /** @description A plain JSON array (index.json.jbuilder), in id order, not paginated. */
    CustomAttributeDefinitionList: components["schemas"]["CustomAttributeDefinition"][];
    CustomAttributeDefinitionFields: {
      /** @description Required (`Attribute display name can't be blank`); surrounding spaces are stripped. */
      attribute_display_name?: string | null;
      /**
       * @description Rails enum, by name or number (text 0 … checkbox 7). Default `text`.
       * @enum {string|integer|null}
       */
      attribute_display_type?: "text" | "number" | "currency" | "percent" | "link" | "date" | "list" | "checkbox" | 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | null;
      attribute_description?: string | null;
      /** @description Required, stripped, made of letters, digits, `_`, `.` and `-`, unique per account and model (`Attribute key has already been taken`), and on create not one of the model's standard attributes (`Attribute key The provided key is not allowed as it might conflict with default attributes.`; CustomAttributeDefinition::STANDARD_ATTRIBUTES). */
      attribute_key?: string | null;
      /**
       * @description Rails enum, by name or number (conversation_attribute 0, contact_attribute 1). Default conversation_attribute.
       * @enum {string|integer|null}
       */
      attribute_model?: "conversation_attribute" | "contact_attribute" | 0 | 1 | null;
      /** @description Options of a `list` attribute (`permit(attribute_values: [])`). */
      attribute_values?: (string | number | boolean | null)[];
      regex_pattern?: string | null;
      regex_cue?: string | null;
    };
    /** @description Chatwoot reads `params.require(:custom_attribute_definition)`; a flat JSON body works too. A body with neither → 422 `{"error":"param is missing or the value is empty: custom_attribute_definition"}`. */
    CustomAttributeDefinitionRequest: components["schemas"]["CustomAttributeDefinitionFields"] & {
      custom_attribute_definition?: components["schemas"]["CustomAttributeDefinitionFields"];
    };
    /** @description app/views/api/v1/models/_custom_filter.json.jbuilder. The timestamps are Times rendered by jbuilder, i.e. ISO-8601 strings. `query` is stored and returned as sent (the dashboard sends `{"payload":[conditions]}`). */
    CustomFilter: {
      id: number;
      name: string;
      /** @enum {string} */
      filter_type: "conversation" | "contact" | "report";
      query: Record<string, unknown>;
      /** Format: date-time */
      created_at: string;
      /** Format: date-time */
      updated_at: string;
    };
    /** @description A plain JSON array of the caller's own filters of one type, in id order, not paginated. */
    CustomFilterList: components["schemas"]["CustomFilter"][];
    CustomFilterFields: {
      /** @description NOT NULL without a model validation — creating without it fails in the database (Rails answers 500 here; the fake answers 422 `Name can't be blank`). */
      name?: string | null;
      /**
       * @description Rails enum, by name or number (conversation 0, contact 1, report 2). Default conversation.
       * @enum {string|integer}
       */
      filter_type?: "conversation" | "contact" | "report" | 0 | 1 | 2;
      /** @description Any object (`permit(query: {})`); NOT NULL, so creating without it fails in the database (Rails answers 500 here; the fake answers 422 `Query can't be blank`). */
      query?: Record<string, unknown>;
    };
    /** @description Chatwoot reads `params.require(:custom_filter).permit(:name, :filter_type, query: {})`; a flat JSON body works too. A body with neither → 422 `{"error":"param is missing or the value is empty: custom_filter"}`. */
    CustomFilterRequest: components["schemas"]["CustomFilterFields"] & {
      custom_filter?: components["schemas"]["CustomFilterFields"];
    };
    /** @description The filter that brings the user to the limit (1000 per user per account) is saved, but the controller's second `valid?` then answers `{"error":{"account_id":["Limit reached. ..."]}}`. */
    CustomFilterLimit: {
      error: {
        account_id?: string[];
      };
    };
    /** @enum {string} */
    NotificationType: "conversation_creation" | "conversation_assignment" | "assigned_conversation_new_message" | "conversation_mention" | "participating_conversation_new_message" | "sla_missed_first_response" | "sla_missed_next_response" | "sla_missed_resolution";
    /** @description Conversation#push_event_data (Conversations::EventDataPresenter#push_data): the conversation as the cable sends it, `id` = the display id. */
    ConversationPushData: {
      id: number;
      inbox_id: number;
      meta: Record<string, unknown>;
      status: string;
      messages: unknown[];
    } & {
      [key: string]: unknown;
    };
    /** @description `secondary_actor&.push_event_data`: the message the notification is about (Message#push_event_data), or who caused it (a user or an agent bot); null for the system. */
    SecondaryActor: null | components["schemas"]["UserPush"] | components["schemas"]["AgentBotPush"] | components["schemas"]["MessagePushData"];
    /** @description One notification of app/views/api/v1/accounts/notifications/index.json.jbuilder. */
    NotificationListItem: {
      id: number;
      notification_type: components["schemas"]["NotificationType"];
      /** @description The i18n title, e.g. "A conversation (#12) has been assigned to you". */
      push_message_title: string;
      /** @constant */
      primary_actor_type: "Conversation";
      /** @description The conversation's internal id (not its display id). */
      primary_actor_id: number;
      primary_actor: components["schemas"]["ConversationPushData"];
      /** Format: date-time */
      read_at: string | null;
      secondary_actor: components["schemas"]["SecondaryActor"];
      user: null | components["schemas"]["UserPush"];
      created_at: number;
      last_activity_at: number;
      /** Format: date-time */
      snoozed_until: string | null;
      meta: Record<string, unknown>;
    };
    NotificationList: {
      data: {
        meta: {
          unread_count: number;
          count: number;
          /** @description `params[:page] || 1` as sent: 1 when absent, else the parameter (a string from a query). */
          current_page: number | string;
        };
        payload: components["schemas"]["NotificationListItem"][];
      };
    };
    /** @description A bare JSON number (`render json: @unread_count`). */
    UnreadCount: number;
    ReadAllRequest: {
      /** @description Only `Conversation` narrows the update. */
      primary_actor_type?: string;
      /** @description The conversation's internal id. */
      primary_actor_id?: number | string;
    };
    DestroyAllRequest: {
      /** @description `read`: only the read notifications; anything else: all. */
      type?: string;
    };
    /** @description `render json: @notification`: the columns, the type by name, times as ISO-8601 strings. */
    NotificationRecord: {
      id: number;
      account_id: number;
      user_id: number;
      notification_type: components["schemas"]["NotificationType"];
      /** @constant */
      primary_actor_type: "Conversation";
      primary_actor_id: number;
      /** @enum {string|null} */
      secondary_actor_type: "User" | "AgentBot" | "Message" | null;
      secondary_actor_id: number | null;
      /** Format: date-time */
      read_at: string | null;
      /** Format: date-time */
      created_at: string;
      /** Format: date-time */
      updated_at: string;
      /** Format: date-time */
      snoozed_until: string | null;
      /** Format: date-time */
      last_activity_at: string;
      meta: Record<string, unknown>;
    };
    SnoozeRequest: {
      /** @description Unix seconds. */
      snoozed_until?: number | string | null;
    };
    /** @description app/views/api/v1/accounts/notification_settings/show.json.jbuilder */
    NotificationSetting: {
      id: number;
      user_id: number;
      account_id: number;
      all_email_flags: string[];
      selected_email_flags: string[];
      all_push_flags: string[];
      selected_push_flags: string[];
    };
    NotificationSettingFields: {
      /** @description e.g. `email_conversation_assignment` */
      selected_email_flags?: string[];
      /** @description e.g. `push_conversation_mention` */
      selected_push_flags?: string[];
    };
    NotificationSettingRequest: components["schemas"]["NotificationSettingFields"] & {
      notification_settings?: components["schemas"]["NotificationSettingFields"];
    };
    /** @description _contact.json.jbuilder (no created_at). */
    SearchContact: {
      email: string | null;
      id: number;
      name: string | null;
      phone_number: string | null;
      identifier: string | null;
      additional_attributes: Record<string, unknown>;
      last_activity_at: number | null;
    };
    Contacts: components["schemas"]["SearchContact"][];
    Messages: components["schemas"]["Message"][];
    /** @description An empty jbuilder block renders `{}`. */
    Empty: Record<string, unknown>;
    SearchInbox: {
      id: number;
      channel_id: number;
      name: string;
      channel_type: string;
    };
    SearchAgent: {
      id: number;
      available_name: string;
      email: string;
      name: string;
      role: string | null;
    };
    /** @description _conversation_search_result.json.jbuilder: `id` = display id; the first message (REST message partial), contact, inbox and assignee (`agent`), each `{}` when there is none. */
    SearchConversation: {
      id: number;
      account_id: number;
      created_at: number;
      message: components["schemas"]["Empty"] | components["schemas"]["Message"];
      contact: components["schemas"]["Empty"] | components["schemas"]["SearchContact"];
      inbox: components["schemas"]["Empty"] | components["schemas"]["SearchInbox"];
      agent: components["schemas"]["Empty"] | components["schemas"]["SearchAgent"];
    };
    Conversations: components["schemas"]["SearchConversation"][];
    SearchArticle: {
      id: number;
      title: string | null;
      locale: string;
      content: string | null;
      slug: string;
      portal_slug: string | null;
      account_id: number;
      category_name: string | null;
      status: string;
      updated_at: number;
    };
    Articles: components["schemas"]["SearchArticle"][];
    SearchAll: {
      payload: {
        contacts: components["schemas"]["Contacts"];
        messages: components["schemas"]["Messages"];
        conversations: components["schemas"]["Conversations"];
        articles: components["schemas"]["Articles"];
      };
    };
    SearchConversations: {
      payload: {
        conversations: components["schemas"]["Conversations"];
      };
    };
    SearchContacts: {
      payload: {
        contacts: components["schemas"]["Contacts"];
      };
    };
    SearchMessages: {
      payload: {
        messages: components["schemas"]["Messages"];
      };
    };
    SearchArticles: {
      payload: {
        articles: components["schemas"]["Articles"];
      };
    };
    /** @description One condition. `attribute_key` must be one of Chatwoot's condition attributes or a custom attribute key of the account; every condition but one needs `query_operator` (AND/OR, any case). */
    AutomationCondition: {
      attribute_key?: string | null;
      /**
       * @example equal_to
       * @example not_equal_to
       * @example contains
       * @example does_not_contain
       */
      filter_operator?: string | null;
      values?: unknown[];
      query_operator?: string | null;
      custom_attribute_type?: string | null;
    };
    AutomationAction: {
      /**
       * @example send_message
       * @example add_label
       * @example assign_team
       * @example assign_agent
       * @example resolve_conversation
       */
      action_name?: string | null;
      action_params?: unknown[];
    };
    /** @description app/views/api/v1/accounts/automation_rules/partials/_automation_rule.json.jbuilder. `conditions` and `actions` are echoed exactly as they were sent (jsonb columns); `created_on` is the creation time in unix seconds. No `updated_at`. */
    AutomationRule: {
      id: number;
      account_id: number;
      name: string;
      description: string | null;
      /**
       * @example conversation_created
       * @example conversation_updated
       * @example conversation_opened
       * @example message_created
       */
      event_name: string;
      conditions: components["schemas"]["AutomationCondition"][];
      actions: components["schemas"]["AutomationAction"][];
      created_on: number;
      active: boolean;
    };
    /** @description `{"payload":[...]}`, every rule of the account in id order (active or not), not paginated. */
    AutomationRuleList: {
      payload: components["schemas"]["AutomationRule"][];
    };
    /** @description Top-level parameters (`params.permit(...)`, no wrapping key). `conditions` and `actions` are stored as given. On create, a missing `name`, `event_name`, `conditions` or `actions` makes Rails fail with a 500 (NOT NULL column / `nil.each`); the fake answers 422 `{"error":{"<attribute>":["can't be blank"]}}`. */
    AutomationRuleRequest: {
      name?: string | null;
      description?: string | null;
      event_name?: string | null;
      active?: boolean;
      conditions?: components["schemas"]["AutomationCondition"][];
      actions?: components["schemas"]["AutomationAction"][];
    };
    /** @description `render_could_not_create_error(@automation_rule.errors.messages)`: `error` is the model's errors hash (attribute → messages without the attribute name), e.g. `{"error":{"conditions":["Automation conditions foo not supported."]}}`. A send_attachment action whose blob is unknown answers `{"error":"Invalid attachment"}` instead. */
    ErrorMessages: {
      error: {
        [key: string]: string[];
      } | string;
    };
    /** @description Show, update and clone wrap the rule in `payload`. */
    AutomationRuleEnvelope: {
      payload: components["schemas"]["AutomationRule"];
    };
    /** @description A plain JSON array (no envelope): the account's bots and the installation's system bots (`account_id` null, `AgentBot.accessible_to(account)`), in id order. */
    AgentBotList: components["schemas"]["AgentBot"][];
    /** @description Top-level parameters (`params.permit(:name, :description, :outgoing_url, :avatar, :avatar_url, :bot_type, bot_config: {})`); a wrapping `agent_bot` key is ignored. `bot_type` is an enum with the single value `webhook`; any other value makes Rails raise ArgumentError (a 500 there); the fake answers 422 `Bot type is not included in the list`. */
    AgentBotRequest: {
      name?: string | null;
      description?: string | null;
      outgoing_url?: string | null;
      bot_type?: string | number;
      bot_config?: Record<string, unknown>;
      /** @description Fetched asynchronously by Chatwoot; ignored by the fake. */
      avatar_url?: string | null;
    };
    /** @description AgentBotRequest as multipart/form-data, with an `avatar` image: JPEG, PNG or GIF (identified from the bytes) of at most 15 MB, else 422 "Avatar filetype not supported" / "Avatar is too big" and nothing is saved; `thumbnail` then points at the image, served by the fake. */
    AgentBotRequestMultipart: components["schemas"]["AgentBotRequest"] & {
      /** Format: binary */
      avatar?: string;
    };
    /** @description app/views/api/v1/models/_hook.json.jbuilder. `settings` is shown to administrators only. */
    Hook: {
      id: number;
      app_id: string;
      /** @description `enabled?` of the status enum. */
      status: boolean;
      /** @description `{id, name}` of the inbox (inbox hooks), else null. Chatwoot stores any `inbox_id` and renders whatever inbox it names; the fake renders only an inbox of the hook's own account (else null). */
      inbox: null | {
        id: number;
        name: string;
      };
      account_id: number;
      /** @enum {string} */
      hook_type: "account" | "inbox";
      settings?: Record<string, unknown>;
    };
    /** @description app/views/api/v1/models/_app.json.jbuilder. Everyone sees id, name, description, short_description, enabled and hooks; administrators also get every key of the app's entry in config/integration/apps.yml (logo, i18n_key, hook_type, allow_multiple_hooks, settings_json_schema, settings_form_schema, feature_flag...) plus `action` and `button` (the install/OAuth URL). */
    App: {
      /**
       * @example webhook
       * @example dashboard_apps
       * @example openai
       * @example dialogflow
       * @example google_translate
       * @example dyte
       * @example slack
       * @example linear
       */
      id: string;
      name: string;
      description: string;
      short_description: string | null;
      /** @description The account has a hook (or, for webhooks, a webhook) for this app. */
      enabled: boolean;
      logo?: string;
      i18n_key?: string;
      /** @enum {string} */
      hook_type?: "account" | "inbox";
      allow_multiple_hooks?: boolean;
      feature_flag?: string;
      settings_json_schema?: Record<string, unknown>;
      settings_form_schema?: unknown[];
      action?: string | null;
      button?: string | null;
      hooks: components["schemas"]["Hook"][];
    };
    /** @description `{"payload":[...]}`: the apps active on this install (Integrations::App#active?). The fake behaves as a community install without OAuth credentials, so Slack, Linear, Notion and Shopify are not listed, and LeadSquared only when the account has the `crm_integration` feature. */
    AppList: {
      payload: components["schemas"]["App"][];
    };
    HookFields: {
      app_id?: string | null;
      inbox_id?: number | string | null;
      /** @description `enabled` or `disabled`; anything else is a 500 in Rails (enum ArgumentError), a 422 in the fake. */
      status?: string | number;
      settings?: Record<string, unknown> | null;
    };
    /** @description `params.require(:hook).permit(:app_id, :inbox_id, :status, settings: {})`; a flat body is wrapped into `hook` too. Update uses only `status` and `settings` (app, inbox and hook type are read-only). */
    HookRequest: components["schemas"]["HookFields"] & {
      hook?: components["schemas"]["HookFields"];
    };
    ProfileAccount: {
      id: number;
      name: string | null;
      /** @enum {string} */
      status: "active" | "suspended";
      /** Format: date-time */
      active_at: string | null;
      /** @enum {string} */
      role: "agent" | "administrator";
      /** @description AccountUser#permissions (chatwoot/chatwoot#9695, 2024-06-28, after 3.10.0). */
      permissions: string[];
      /** @enum {string} */
      availability: "online" | "offline" | "busy";
      /** @enum {string} */
      availability_status: "online" | "offline" | "busy";
      auto_offline: boolean;
    };
    /** @description app/views/api/v1/models/_user.json.jbuilder. `account_id`, `role` and `inviter_id` come from the membership with the latest `active_at` (set by set_active_account). `active_at` is an ISO-8601 string. */
    Profile: {
      access_token: string;
      account_id: number | null;
      available_name: string;
      avatar_url: string;
      confirmed: boolean;
      display_name: string | null;
      message_signature: string | null;
      email: string;
      id: number;
      inviter_id: number | null;
      name: string;
      provider: string;
      pubsub_token: string;
      /** @description Key present only when non-empty. */
      custom_attributes?: Record<string, unknown>;
      /** @enum {string|null} */
      role: "agent" | "administrator" | null;
      ui_settings: Record<string, unknown>;
      uid: string;
      /**
       * @description The STI column: null for a normal user (Rails writes no type for the base class), "SuperAdmin" for a super admin (both seen in recorded 2025 profiles).
       * @enum {string|null}
       */
      type: "User" | "SuperAdmin" | null;
      accounts: components["schemas"]["ProfileAccount"][];
    };
    ProfileFields: {
      name?: string | null;
      display_name?: string | null;
      email?: string | null;
      message_signature?: string | null;
      ui_settings?: Record<string, unknown>;
      /** @description Merged into custom_attributes. */
      phone_number?: string | null;
      current_password?: string | null;
      password?: string | null;
      password_confirmation?: string | null;
    };
    /** @description `params.require(:profile)`; a flat body is wrapped into `profile` too (there is no Profile model, so every top-level parameter is wrapped). A new password needs the right `current_password`. */
    ProfileRequest: components["schemas"]["ProfileFields"] & {
      profile?: components["schemas"]["ProfileFields"];
    };
    /** @description ProfileRequest as multipart/form-data, with the image in `profile[avatar]` (a flat `avatar` is wrapped too). JPEG, PNG or GIF (identified from the bytes) of at most 15 MB, else 422 "Avatar filetype not supported" / "Avatar is too big" and nothing is saved; `avatar_url` then points at the image, served by the fake. */
    ProfileRequestMultipart: components["schemas"]["ProfileRequest"] & {
      /** Format: binary */
      avatar?: string;
      profile?: {
        /** Format: binary */
        avatar?: string;
      };
    };
    AccountSettingFields: {
      account_id?: number | string;
      /** @description online, offline or busy; anything else is a 500 in Rails, a 422 in the fake. */
      availability?: string | null;
      auto_offline?: boolean | null;
    };
    /** @description `params.require(:profile).permit(:account_id, ...)`; flat bodies are wrapped into `profile`. */
    AccountSettingRequest: components["schemas"]["AccountSettingFields"] & {
      profile?: components["schemas"]["AccountSettingFields"];
    };
    /** @description app/views/api/v1/accounts/portals/_portal.json.jbuilder. Portals are addressed by `slug` in URLs. `inbox` (the web widget whose live chat the portal embeds) only when linked. In `meta`, index, create and update render the partial with `articles: []`, so `all_articles_count` is 0 and the other article counts are null; show counts the portal's articles (of `locale` when given). */
    Portal: {
      id: number;
      /** @description #1f93ff when none was set (Portal::DEFAULT_COLOR). */
      color: string;
      custom_domain: string | null;
      header_text: string | null;
      homepage_link: string | null;
      name: string;
      page_title: string | null;
      slug: string;
      archived: boolean;
      account_id: number;
      config: {
        allowed_locales: {
          code: string;
          articles_count: number;
          categories_count: number;
          /** @description Listed in `draft_locales` (hidden from the public portal). */
          draft: boolean;
        }[];
        default_locale: string;
        /** @description "classic" unless set. */
        layout: string;
        social_profiles: Record<string, unknown>;
        locale_translations: Record<string, unknown>;
        popular_content: Record<string, unknown>;
      };
      inbox?: components["schemas"]["Inbox"];
      meta: {
        all_articles_count: number;
        archived_articles_count: number | null;
        published_count: number | null;
        draft_articles_count: number | null;
        /** @description Show only, when the portal has articles. */
        mine_articles_count?: number;
        categories_count: number;
        default_locale: string;
      };
    };
    PortalList: {
      payload: components["schemas"]["Portal"][];
      meta: {
        /** @description `params[:page] || 1`: the raw query string when a page was given (the list is not paginated). */
        current_page: number | string;
        portals_count: number;
      };
    };
    PortalFields: {
      name?: string | null;
      slug?: string | null;
      color?: string | null;
      /** @description An http(s) URL is reduced to its host. */
      custom_domain?: string | null;
      header_text?: string | null;
      homepage_link?: string | null;
      page_title?: string | null;
      archived?: boolean;
      config?: {
        default_locale?: string;
        allowed_locales?: string[];
        /** @description Allowed locales kept as drafts (4.12+). */
        draft_locales?: string[];
      };
    };
    /** @description `params.require(:portal).permit(...)`; flat portal attributes are wrapped into `portal`. `inbox_id` (top level) links a web widget inbox's live chat (`Inbox.find`: unknown id → 404). */
    PortalRequest: components["schemas"]["PortalFields"] & {
      portal?: components["schemas"]["PortalFields"];
      inbox_id?: number | string | null;
    };
    /** @description Portal update failures: `render json: { error: @portal.errors.messages }`, e.g. `{"error":{"slug":["has already been taken"]}}`. */
    help_center_ErrorMessages: {
      error: {
        [key: string]: string[];
      };
    };
    AssociatedCategory: {
      id: number;
      name: string | null;
      slug: string | null;
      locale: string;
      description: string | null;
      position: number | null;
      account_id: number;
    };
    /** @description app/views/api/v1/accounts/categories/_category.json.jbuilder */
    Category: {
      id: number;
      name: string | null;
      slug: string | null;
      locale: string;
      description: string | null;
      position: number | null;
      account_id: number;
      icon: string;
      /** @description Only when there are some. */
      related_categories?: components["schemas"]["AssociatedCategory"][];
      parent_category?: components["schemas"]["AssociatedCategory"];
      root_category?: components["schemas"]["AssociatedCategory"];
      meta: {
        articles_count: number;
      };
    };
    /** @description 25 a page, by `position` (unset last). */
    CategoryList: {
      payload: components["schemas"]["Category"][];
      meta: {
        /** @description `params[:page] || 1` (raw string when given). */
        current_page: number | string;
        /** @description Categories on this page. */
        categories_count: number;
      };
    };
    CategoryFields: {
      name?: string | null;
      slug?: string | null;
      locale?: string | null;
      description?: string | null;
      position?: number | string | null;
      icon?: string | null;
      parent_category_id?: number | string | null;
      associated_category_id?: number | string | null;
      /** @description Read from the nested `category` only. */
      related_category_ids?: (number | string)[];
    };
    /** @description `params.require(:category)`; flat category attributes are wrapped into `category`. */
    CategoryRequest: components["schemas"]["CategoryFields"] & {
      category?: components["schemas"]["CategoryFields"];
    };
    CategoryEnvelope: {
      payload: components["schemas"]["Category"];
    };
    AssociatedArticle: {
      id: number;
      category_id: number | null;
      title: string | null;
      content: string | null;
      description: string | null;
      /** @enum {string} */
      status: "draft" | "published" | "archived";
      account_id: number;
      portal?: components["schemas"]["Portal"];
      views: number | null;
      author?: components["schemas"]["Agent"];
    };
    /** @description app/views/api/v1/accounts/articles/_article.json.jbuilder. `updated_at` in unix seconds. */
    Article: {
      id: number;
      slug: string;
      title: string | null;
      content: string | null;
      description: string | null;
      /** @enum {string} */
      status: "draft" | "published" | "archived";
      position: number | null;
      account_id: number;
      updated_at: number;
      meta: Record<string, unknown>;
      locale: string;
      associated_article_id: number | null;
      root_article?: components["schemas"]["AssociatedArticle"];
      /** @description Always present; its fields are null when the article has no category. */
      category: {
        id: number | null;
        name: string | null;
        slug: string | null;
        locale: string | null;
      };
      views: number | null;
      author?: components["schemas"]["Agent"];
      /** @description Only when there are some. */
      associated_articles?: components["schemas"]["AssociatedArticle"][];
    };
    /** @description 25 a page: by `position` when `category_slug` is given, else latest update first. The counts in `meta` apply the category/locale/query filters but not `status`/`author_id`; `all_articles_count` counts the whole portal. */
    ArticleList: {
      payload: components["schemas"]["Article"][];
      meta: {
        all_articles_count: number;
        archived_articles_count: number;
        articles_count: number;
        /** @description `params[:page] || 1` (raw string when given). */
        current_page: number | string;
        draft_articles_count: number;
        mine_articles_count: number;
        published_count: number;
      };
    };
    ArticleFields: {
      title?: string | null;
      /** @description Default `<unix time>-<parameterized title>`; must be unique (a duplicate is a 500 in Rails, a 422 `Slug has already been taken` in the fake). */
      slug?: string | null;
      content?: string | null;
      description?: string | null;
      position?: number | string | null;
      category_id?: number | string | null;
      /** @description Must be the id (digits only) of a member of the account (create: 422 `Invalid author ID`, an array too, as `validate_author` reads the raw parameter before `permit`; update: ignored). */
      author_id?: number | string | null | unknown[];
      associated_article_id?: number | string | null;
      /** @description draft (default), published or archived; anything else is a 500 in Rails, a 422 in the fake. */
      status?: string | number;
      locale?: string | null;
      meta?: {
        title?: string | null;
        description?: string | null;
        tags?: string[];
      };
    };
    /** @description `params.require(:article)`; flat article attributes are wrapped into `article`. */
    ArticleRequest: components["schemas"]["ArticleFields"] & {
      article?: components["schemas"]["ArticleFields"];
    };
    ArticleEnvelope: {
      payload: components["schemas"]["Article"];
    };
    /** @description app/views/api/v1/models/_conversation.json.jbuilder, the conversation of the search endpoint. `messages` are the messages the finder preloaded: with `q`, only the incoming/outgoing messages whose content matches (the finder's `includes(:messages).where(...)`); without it, all of them. `sender_name` only when the message has a sender. */
    ConversationSlim: {
      /** @description The display id. */
      id: number;
      uuid: string;
      created_at: number;
      contact: {
        id: number;
        name: string | null;
      };
      inbox: {
        id: number;
        name: string | null;
        channel_type: string | null;
      };
      messages: {
        content: string | null;
        id: number;
        sender_name?: string | null;
        /** @enum {integer} */
        message_type: 0 | 1 | 2 | 3;
        created_at: number;
      }[];
      account_id: number;
    };
    /** @description app/views/api/v1/accounts/conversations/search.json.jbuilder: no `data` wrapper and no assigned_count, unlike the list. */
    ConversationSearchResult: {
      meta: {
        mine_count: number;
        unassigned_count: number;
        all_count: number;
      };
      payload: components["schemas"]["ConversationSlim"][];
    };
    CustomAttributesRequest: {
      /** @description The new hash. It REPLACES the conversation's custom attributes unless `merge` is true. */
      custom_attributes?: Record<string, unknown> | null;
      /** @description When true (Rails boolean casting), only the keys sent are changed. */
      merge?: boolean | string | null;
    };
    /** @description custom_attributes.json.jbuilder */
    CustomAttributesResult: {
      custom_attributes: Record<string, unknown>;
    };
    TypingStatusRequest: {
      /** @description `on`, `off` or `recording`; any other value does nothing (still 200). */
      typing_status?: string | null;
      /** @description Typing a private note. */
      is_private?: boolean | null;
    };
    TranscriptRequest: {
      /** @description Where to mail the transcript. Blank → 422 `{"error":"email param missing"}`. */
      email?: string | null;
    };
    /** @description One item of attachments.json.jbuilder: the attachment's file data, its message's `created_at` and sender (push_event_data; key only when the message has a sender). The attachment `id` comes first in the newest versions (the `api/v1/models/_attachment` partial); older ones have no `id`. */
    ConversationAttachment: {
      id?: number;
      message_id: number;
      thumb_url: string;
      data_url: string;
      file_size: number;
      /** @enum {string} */
      file_type: "image" | "audio" | "video" | "file" | "location" | "fallback";
      extension: string | null;
      width: number | null;
      height: number | null;
      created_at: number;
      sender?: components["schemas"]["MessageSender"];
    };
    /** @description `{"meta":{"total_count":n},"payload":[...]}`, newest first, 100 a page. */
    ConversationAttachments: {
      meta: {
        total_count: number;
      };
      payload: components["schemas"]["ConversationAttachment"][];
    };
    /** @description A plain array of agents (api/v1/models/_agent partial). */
    Participants: components["schemas"]["Agent"][];
    ParticipantsRequest: {
      /** @description User ids. Missing (not an array): Ruby fails on `nil - [...]` and Rails answers 500 here; the fake answers 422 `User ids can't be blank`. An id that is not a member of the account: a 500 in Rails as well (the agent partial cannot render it); the fake answers 404. */
      user_ids?: number[];
    };
    ContactLabelsRequest: {
      /** @description Replaces the whole label set (`update_labels`). A value that is not an array is dropped by strong parameters (`labels: []`), which clears the labels. */
      labels?: unknown;
    };
    /** @description app/views/api/v1/models/_note.json.jbuilder. Its `json.account_id json.account_id` and `json.contact_id json.contact_id` lines render both as null (a bare `json.key` sets nothing and returns nil). `user` (the author, agent partial) only while that user exists; unix timestamps. */
    Note: {
      id: number;
      content: string;
      account_id: null;
      contact_id: null;
      user?: components["schemas"]["Agent"];
      created_at: number;
      updated_at: number;
    };
    /** @description A plain array, newest first (`notes.latest`). */
    NoteList: components["schemas"]["Note"][];
    NoteFields: {
      /** @description Required: blank → 422 "Content can't be blank". */
      content?: string | null;
    };
    /** @description `{"note":{"content":...}}` or a flat `{"content":...}` (read from `note` when it is present). */
    NoteRequest: components["schemas"]["NoteFields"] & {
      note?: components["schemas"]["NoteFields"];
    };
    ContactExportRequest: {
      /** @description Contact columns to export (default id, name, email, phone_number); unknown names are dropped. Columns the fake knows: id, name, email, phone_number, account_id, created_at, updated_at, additional_attributes, identifier, custom_attributes, last_activity_at, blocked. */
      column_names?: string[];
      /** @description Filter conditions, as for POST /contacts/filter. */
      payload?: Record<string, unknown>[];
      /** @description Only contacts with this label. */
      label?: string | null;
    };
    /** @description multipart/form-data with the CSV in the `import_file` part. */
    ContactImportRequest: {
      /** Format: binary */
      import_file?: string;
    };
    ContactMergeRequest: {
      /** @description The contact that stays. */
      base_contact_id?: number | string | null;
      /** @description The contact merged into the base one, then deleted. */
      mergee_contact_id?: number | string | null;
    };
    TimeseriesPoint: {
      /** @description The count, or the average in seconds (0 for an empty bucket). */
      value: number;
      /** @description Bucket start, unix seconds, at the requested timezone offset. */
      timestamp: number;
      /** @description Average metrics only — the number of events averaged in the bucket. */
      count?: number;
    };
    /** @description A plain array of buckets; `{}` when the metric is unknown (BaseReportBuilder#log_invalid_metric). */
    ReportTimeseries: components["schemas"]["TimeseriesPoint"][] | Record<string, unknown>;
    SummaryFigures: {
      conversations_count: number;
      outgoing_messages_count: number;
      /** @description Seconds; null without events. */
      avg_first_response_time: number | null;
      /** @description Seconds; null without events. */
      avg_resolution_time: number | null;
      /** @description 0 for `type=agent` (some versions leave the key out for agents). */
      incoming_messages_count?: number;
      resolutions_count: number;
      /** @description Average reply time in seconds; null without events. */
      reply_time: number | null;
    };
    ReportSummary: {
      conversations_count: number;
      outgoing_messages_count: number;
      avg_first_response_time: number | null;
      avg_resolution_time: number | null;
      incoming_messages_count?: number;
      resolutions_count: number;
      reply_time: number | null;
      /** @description The same figures for the period of equal length that ends at `since`. */
      previous: components["schemas"]["SummaryFigures"];
    };
    BotSummaryFigures: {
      bot_resolutions_count: number;
      bot_handoffs_count: number;
    };
    BotSummary: {
      bot_resolutions_count: number;
      bot_handoffs_count: number;
      previous: components["schemas"]["BotSummaryFigures"];
    };
    AccountConversationMetrics: {
      open: number;
      unattended: number;
      unassigned: number;
    };
    AgentConversationMetrics: {
      id: number;
      name: string;
      email: string;
      thumbnail: string;
      /** @enum {string} */
      availability: "online" | "offline" | "busy";
      metric: {
        open: number;
        unattended: number;
      };
    };
    ConversationMetrics: components["schemas"]["AccountConversationMetrics"] | components["schemas"]["AgentConversationMetrics"][];
    ResponseTimeBuckets: {
      "0-1h": number;
      "1-4h": number;
      "4-8h": number;
      "8-24h": number;
      "24h+": number;
    };
    /** @description Keyed by channel type. */
    FirstResponseTimeDistribution: {
      [key: string]: components["schemas"]["ResponseTimeBuckets"];
    };
    InboxLabelMatrix: {
      inboxes: {
        id: number;
        name: string;
      }[];
      labels: {
        id: number;
        title: string;
      }[];
      /** @description One row per inbox, one column per label. */
      matrix: number[][];
    };
    OutgoingMessagesCount: {
      /** @description Label groups: null when no label has that title any more. */
      id: number | null;
      name: string | null;
      outgoing_messages_count: number;
    }[];
    /** @description V2::Reports::BotMetricsBuilder#metrics. */
    BotMetrics: {
      /** @description Conversations created in the range in inboxes with an agent bot. */
      conversation_count: number;
      /** @description Their outgoing messages created in the range. */
      message_count: number;
      /** @description Bot-resolved conversations per 100 of them (truncated). */
      resolution_rate: number;
      /** @description Conversations a bot handed off per 100 of them (truncated). */
      handoff_rate: number;
    };
    LiveConversationMetrics: {
      open: number;
      /** @description Open conversations without a first reply, or waiting for one. */
      unattended: number;
      /** @description Open conversations without an assignee. */
      unassigned: number;
      pending: number;
    };
    /** @description One group's open figures, keyed by the group column (`team_id` or `assignee_id`, null for none). */
    GroupedConversationMetric: {
      open: number;
      unattended: number;
      unassigned: number;
      team_id?: number | null;
      assignee_id?: number | null;
    };
    GroupedConversationMetrics: components["schemas"]["GroupedConversationMetric"][];
    /** @description A row of the agent, team or inbox summary; averages in seconds, null without events. */
    SummaryReportRow: {
      id: number;
      conversations_count: number;
      resolved_conversations_count: number;
      avg_resolution_time: number | null;
      avg_first_response_time: number | null;
      avg_reply_time: number | null;
      /** @description Newest upstream only. */
      reopened_conversations_count?: number;
      /** @description Newest upstream only. */
      reopen_rate?: number;
      /** @description Newest upstream only. */
      avg_time_to_reopen?: number | null;
    };
    SummaryReportRows: components["schemas"]["SummaryReportRow"][];
    LabelSummaryRow: {
      id: number;
      name: string;
      conversations_count: number;
      /** @description Seconds; 0 without events. */
      avg_resolution_time: number;
      avg_first_response_time: number;
      avg_reply_time: number;
      resolved_conversations_count: number;
    };
    LabelSummaryRows: components["schemas"]["LabelSummaryRow"][];
    ChannelStatusCounts: {
      open: number;
      resolved: number;
      pending: number;
      snoozed: number;
      total: number;
    };
    /** @description Keyed by channel type (e.g. `Channel::WebWidget`); types without conversations are absent. */
    ChannelSummary: {
      [key: string]: components["schemas"]["ChannelStatusCounts"];
    };
    /** @description An audited gem `Audited::Audit` row as the enterprise view renders it. */
    AuditLog: {
      id: number;
      auditable_id: number;
      /** @description The audited model, e.g. `Inbox`. */
      auditable_type: string;
      /** @description Newest versions only — the record's push_event_data, when it has one. */
      auditable?: Record<string, unknown> | null;
      /** @description The account id. */
      associated_id: number | null;
      /** @description `Account`. */
      associated_type: string | null;
      user_id: number | null;
      user_type: string | null;
      username: string | null;
      /** @enum {string} */
      action: "create" | "update" | "destroy" | "sign_in" | "sign_out";
      /** @description create/destroy: the attributes; update: `{"attribute": [old, new]}`. */
      audited_changes: Record<string, unknown>;
      version: number;
      comment: string | null;
      request_uuid: string | null;
      /** @description Unix seconds. */
      created_at: number;
      remote_address: string | null;
      /** @description Newest versions only. */
      location?: string | null;
    };
    AuditLogPage: {
      /** @constant */
      per_page: 25;
      total_entries: number;
      current_page: number;
      audit_logs: components["schemas"]["AuditLog"][];
    };
    /** @description app/views/api/v1/models/_csat_survey_response.json.jbuilder */
    CsatSurveyResponse: {
      id: number;
      rating: number;
      feedback_message: string | null;
      /** @description Newest (enterprise) versions only. */
      csat_review_notes?: string | null;
      /** @description Newest (enterprise) versions only. */
      review_notes_updated_at?: number | null;
      /** @description Newest (enterprise) versions only. */
      review_notes_updated_by?: {
        id?: number;
        name?: string;
      };
      account_id: number;
      /** @description The input_csat message the contact answered. */
      message_id: number;
      /** @description Key present only when the contact exists. */
      contact?: components["schemas"]["Contact"];
      /** @description The conversation's display id. */
      conversation_id: number;
      /** @description The conversation's assignee when the response was recorded; key absent when none. */
      assigned_agent?: components["schemas"]["Agent"];
      /** @description Unix seconds. */
      created_at: number;
    };
    CsatSurveyResponseList: components["schemas"]["CsatSurveyResponse"][];
    CsatMetrics: {
      total_count: number;
      /** @description Responses per rating, keyed by the rating ("1".."5"); ratings with none are absent. */
      ratings_count: {
        [key: string]: number;
      };
      total_sent_messages_count: number;
    };
    /** @description app/views/api/v1/models/_campaign.json.jbuilder. `id` is the campaign's per-account `display_id`. `sender` is present only when the campaign has a sender (an empty jbuilder block drops the key). `scheduled_at` (unix seconds) and `audience` appear only on `one_off` campaigns (SMS/WhatsApp inboxes); website campaigns are `ongoing`. `created_at`/`updated_at` are Times rendered by jbuilder, i.e. ISO-8601 strings. `template_params` is the newest upstream's (WhatsApp template campaigns). */
    Campaign: {
      /** @description The per-account display id. */
      id: number;
      title: string;
      description: string | null;
      account_id: number;
      inbox: components["schemas"]["Inbox"];
      sender?: components["schemas"]["Agent"];
      message: string;
      template_params: Record<string, unknown>;
      /** @enum {string} */
      campaign_status: "active" | "completed";
      enabled: boolean | null;
      /** @enum {string} */
      campaign_type: "ongoing" | "one_off";
      /** @description one_off campaigns only. */
      scheduled_at?: number;
      /** @description one_off campaigns only. */
      audience?: unknown[];
      /** @description e.g. `{"url": "https://…", "time_on_page": 10}` */
      trigger_rules: Record<string, unknown>;
      trigger_only_during_business_hours: boolean | null;
      /** Format: date-time */
      created_at: string;
      /** Format: date-time */
      updated_at: string;
    };
    /** @description A plain JSON array (no envelope, not paginated), in id order. */
    CampaignList: components["schemas"]["Campaign"][];
    CampaignFields: {
      /** @description Required (`Title can't be blank`). */
      title?: string | number | null;
      description?: string | number | null;
      /** @description Required (`Message can't be blank`). */
      message?: string | number | null;
      /** @description Required (`Inbox can't be blank`, `Inbox must exist`). Must be a website inbox of the account (`Inbox Unsupported Inbox type` for the others; `Inbox must belong to the same account as the campaign`). */
      inbox_id?: number | string | null;
      /** @description Optional user who sends the message (`Sender must belong to the same account as the campaign` for a user outside the account; an id of no user is kept and the view shows no sender). */
      sender_id?: number | string | null;
      /** @description Rails boolean cast ("false", "0", "f", "off" … are false; "" is null). Default true. */
      enabled?: boolean | string | number | null;
      /** @description Default false. */
      trigger_only_during_business_hours?: boolean | string | number | null;
      /** @description Any object (`trigger_rules: {}`); on a website inbox `url`, when present, must start with http:// or https:// (`Url invalid`). */
      trigger_rules?: Record<string, unknown>;
      /** @description one_off campaigns: `[{"type":"Label","id":1}]` (`audience: [:type, :id]`). */
      audience?: unknown[];
      /** @description one_off campaigns only; cleared on website (ongoing) campaigns. */
      scheduled_at?: unknown;
      template_params?: Record<string, unknown>;
    };
    /** @description Chatwoot reads `params.require(:campaign)`; a flat JSON body works too (wrap_parameters). A body with neither → 422 `{"error":"param is missing or the value is empty: campaign"}`. */
    CampaignRequest: components["schemas"]["CampaignFields"] & {
      campaign?: components["schemas"]["CampaignFields"];
    };
    /** @description enterprise/app/views/api/v1/models/_reporting_event.json.jbuilder: the columns as stored. `value` and `value_in_business_hours` are seconds (float columns); `conversation_id` is the conversation's database id, not its display id; the times are ISO-8601 strings. */
    ReportingEvent: {
      id: number;
      /** @description conversation_resolved, conversation_bot_resolved, conversation_bot_handoff, first_response, reply_time (Chatwoot also writes conversation_opened, which the fake does not record). */
      name: string;
      value: number;
      value_in_business_hours: number | null;
      /** Format: date-time */
      event_start_time: string | null;
      /** Format: date-time */
      event_end_time: string | null;
      account_id: number;
      inbox_id: number | null;
      user_id: number | null;
      conversation_id: number | null;
      /** Format: date-time */
      created_at: string;
      /** Format: date-time */
      updated_at: string;
    };
    /** @description A plain JSON array, oldest first (`order(created_at: :asc)`), not paginated. */
    ReportingEventList: components["schemas"]["ReportingEvent"][];
    /** @description app/views/platform/api/v1/models/_account.json.jbuilder */
    PlatformAccount: {
      id: number;
      name: string;
      locale: string;
      domain: string | null;
      support_email: string | null;
      /** @description `Account#enabled_features`: the enabled feature flags only, each `true`. Newest upstream renders them as `features`; versions before the rename rendered the same hash as `enabled_features`. */
      features: {
        [key: string]: true;
      };
      custom_attributes: Record<string, unknown>;
      limits: Record<string, unknown>;
      /** @enum {string} */
      status: "active" | "suspended";
    };
    /** @description A plain array of the accounts the app may manage (created by it or granted), in grant order. */
    PlatformAccountList: components["schemas"]["PlatformAccount"][];
    /** @description `{"error":"Invalid access_token"}` (missing or unknown token, or a token that is not a platform app's — user and agent bot tokens included) or `{"error":"Non permissible resource"}` (an object the app did not create and was not granted). */
    PlatformError: {
      /** @enum {string} */
      error: "Invalid access_token" | "Non permissible resource";
    };
    /** @description `params.permit(:name, :locale, :domain, :support_email, :status, features: {}, limits: {}, custom_attributes: {})`. `features` maps a feature name to a value: present enables it, blank (false, null, "") disables it; features not named keep their state. `limits` and `custom_attributes` replace the stored hashes. Hash parameters sent as anything but an object are dropped, as strong parameters do. A name is required (422 `Name can't be blank`). */
    PlatformAccountRequest: {
      name?: string | null;
      locale?: string | null;
      domain?: string | null;
      support_email?: string | null;
      /**
       * @description An enum; any other value raises ArgumentError in Rails (a 500), answered 422 here.
       * @enum {string}
       */
      status?: "active" | "suspended";
      features?: unknown;
      limits?: unknown;
      custom_attributes?: unknown;
    };
    /** @description An unknown id: `Model.find` raises RecordNotFound, which PlatformController does not rescue (it has no `handle_with_exception`), so Rails' public 404 answers. */
    PlatformNotFound: {
      /** @constant */
      status: 404;
      /** @constant */
      error: "Not Found";
    };
    /** @description `render json: account_user`: the account_users row (enums by name, times ISO-8601). The fake keeps no separate update time: `updated_at` equals `created_at`. */
    PlatformAccountUser: {
      id: number;
      account_id: number;
      user_id: number;
      /** @enum {string} */
      role: "agent" | "administrator";
      inviter_id: number | null;
      /** Format: date-time */
      created_at: string;
      /** Format: date-time */
      updated_at: string;
      /** Format: date-time */
      active_at: string | null;
      /** @enum {string} */
      availability: "online" | "offline" | "busy";
      auto_offline: boolean;
    };
    PlatformAccountUserList: components["schemas"]["PlatformAccountUser"][];
    /** @description `params.permit(:user_id, :role)`. An upsert: the user's membership is created (role `agent` unless given) or its role changed. Any existing user may be added, not only the app's own. A missing or unknown `user_id` answers 422 `User must exist`. */
    PlatformAccountUserRequest: {
      user_id?: number | string | null;
      /**
       * @description The name or the enum's integer; anything else raises ArgumentError in Rails (500), 422 here.
       * @enum {unknown}
       */
      role?: "agent" | "administrator" | 0 | 1;
    };
    /** @description `user_id` of the member to remove (body or query); no such member is still a 200. */
    PlatformAccountUserDelete: {
      user_id?: number | string | null;
    };
    /** @description `params.permit(:name, :display_name, :email, :password, custom_attributes: {})`, top-level. A new user needs a name, a valid unused email and a password of 6–128 characters with an uppercase letter, a lowercase letter, a digit and a special character (Devise + devise-secure_password); errors answer 422 `{"message","attributes"}`. On update `custom_attributes` are merged into the stored ones. */
    PlatformUserRequest: {
      name?: string | null;
      display_name?: string | null;
      email?: string | null;
      password?: string | null;
      custom_attributes?: unknown;
    };
    /** @description app/views/platform/api/v1/models/_user.json.jbuilder. `account_id` and `role` come from the membership with the latest `active_at` (null without any membership). */
    PlatformUser: {
      /** @description The user's api_access_token for the Application API. */
      access_token: string;
      account_id: number | null;
      available_name: string;
      avatar_url: string;
      confirmed: boolean;
      display_name: string | null;
      message_signature: string | null;
      email: string;
      id: number;
      name: string;
      /** @constant */
      provider: "email";
      pubsub_token: string;
      /** @description Key present only when non-empty. */
      custom_attributes?: Record<string, unknown>;
      /** @enum {string|null} */
      role: "agent" | "administrator" | null;
      ui_settings: Record<string, unknown>;
      uid: string;
      accounts: {
        id: number;
        name: string | null;
        /** Format: date-time */
        active_at: string | null;
        /** @enum {string} */
        role: "agent" | "administrator";
      }[];
    };
    /** @description `{"url": "<FRONTEND_URL>/app/login?email=<url-encoded email>&sso_auth_token=<64 hex>"}` (app/models/concerns/sso_authenticatable.rb). The fake's frontend URL is its own origin. The token is single-use and valid for 5 minutes: `POST /auth/sign_in` with `email` and `sso_auth_token` signs in. */
    PlatformUserLogin: {
      url: string;
    };
    /** @description app/views/platform/api/v1/users/token.json.jbuilder: the user's api_access_token (it does not expire; the fake returns the existing token rather than a new one). */
    PlatformUserToken: {
      access_token: string;
      expiry: null;
      user: {
        id: number;
        name: string;
        display_name: string | null;
        email: string;
        pubsub_token: string;
      };
    };
    /** @description app/views/platform/api/v1/models/_agent_bot.json.jbuilder as in newer upstream versions (one older version rendered `outgoing_url` from the bot's name — a bug the fake does not reproduce). `account_id` null is a system bot, offered to every account. `avatar_url` is "" unless an avatar was uploaded (Application API: multipart `avatar` on create or update). */
    PlatformAgentBot: {
      id: number;
      name: string | null;
      description: string | null;
      avatar_url: string;
      outgoing_url: string | null;
      /** @constant */
      bot_type: "webhook";
      bot_config: Record<string, unknown>;
      account_id: number | null;
      /** @description The bot's api_access_token for the Application API. */
      access_token: string;
    };
    /** @description A plain array of the bots the app may manage (created by it or granted), in grant order. */
    PlatformAgentBotList: components["schemas"]["PlatformAgentBot"][];
    /** @description `params.permit(:name, :description, :account_id, :outgoing_url, :avatar, :avatar_url)`. No permission is checked on `account_id` (as in Chatwoot); an id of no account answers 422 `Account must exist` (Rails fails on the foreign key). `avatar`/`avatar_url` are accepted and ignored. */
    PlatformAgentBotRequest: {
      name?: string | null;
      description?: string | null;
      account_id?: number | string | null;
      outgoing_url?: string | null;
      avatar_url?: string | null;
    };
    /** @description app/views/public/api/v1/inboxes/show.json.jbuilder with the public inbox partial (app/views/public/api/v1/models/_inbox.json.jbuilder). No numeric inbox id is exposed. */
    PublicInbox: {
      /** @description The API channel's identifier (the path's inbox_identifier). */
      identifier: string;
      /** @description The channel's `hmac_mandatory`: contact calls must then carry a valid `identifier_hash`. */
      identity_validation_enabled: boolean;
      name: string;
      timezone: string;
      working_hours: components["schemas"]["WorkingHour"][];
      working_hours_enabled: boolean;
      csat_survey_enabled: boolean;
      greeting_enabled: boolean;
    };
    /** @description `params.permit(:identifier, :identifier_hash, :email, :name, :avatar_url, :phone_number, custom_attributes: {})` (plus `source_id` on create), flat — there is no `contact` wrapper. Unknown keys are ignored. `identifier_hash` is the lowercase hex HMAC-SHA256 of `identifier` (as a string) keyed with the inbox's `hmac_token`. */
    PublicContactRequest: {
      /** @description Create only: the contact inbox source id to use (default: a new uuid). */
      source_id?: string | number | null;
      /** @description Your system's id for the user. */
      identifier?: string | number | null;
      identifier_hash?: string | null;
      email?: string | null;
      name?: string | null;
      avatar_url?: string | null;
      /** @description E.164, e.g. +14155550123. */
      phone_number?: string | null;
      /** @description A hash; anything else is ignored. */
      custom_attributes?: unknown;
    };
    /** @description app/views/public/api/v1/inboxes/contacts/create.json.jbuilder (show renders the same): the contact inbox's `source_id` — the `contact_identifier` of every later path — and its `pubsub_token` (for /cable), then the public contact partial (id, name, email, phone_number). */
    PublicContact: {
      source_id: string;
      /** @description The contact inbox's token (RoomChannel subscription). */
      pubsub_token: string;
      /** @description The contact id (as in the Application API). */
      id: number;
      name: string;
      email: string | null;
      phone_number: string | null;
    };
    /** @description app/views/public/api/v1/models/_message.json.jbuilder. `message_type` is the integer enum (0 incoming, 1 outgoing, 2 activity, 3 template), `conversation_id` the conversation's display id, `created_at` unix seconds; `attachments` only when there are some, `sender` only when the message has one (the contact, an agent or an agent bot, as push_event_data). */
    PublicMessage: {
      id: number;
      content: string | null;
      /** @enum {integer} */
      message_type: 0 | 1 | 2 | 3;
      content_type: string;
      content_attributes: Record<string, unknown>;
      created_at: number;
      /** @description The conversation's display id. */
      conversation_id: number;
      attachments?: components["schemas"]["Attachment"][];
      sender?: components["schemas"]["MessageSender"];
    };
    /** @description The Contact model's own `as_json` (`json.contact resource.contact`): every column of the contacts table and the `label_list` attribute, ISO-8601 timestamps, `contact_type` as its enum name. `location` and `country_code` are copied from additional_attributes `city` and `country` on save (app/services/contacts/sync_attributes.rb). */
    ContactRecord: {
      id: number;
      name: string;
      email: string | null;
      phone_number: string | null;
      account_id: number;
      /** Format: date-time */
      created_at: string;
      /** Format: date-time */
      updated_at: string;
      additional_attributes: Record<string, unknown>;
      identifier: string | null;
      custom_attributes: Record<string, unknown>;
      /** Format: date-time */
      last_activity_at: string | null;
      /**
       * @description `lead` once the contact has an email, phone number or identifier.
       * @enum {string}
       */
      contact_type: "visitor" | "lead" | "customer";
      middle_name: string;
      last_name: string;
      location: string | null;
      country_code: string | null;
      blocked: boolean;
      /** @description The contact's labels: acts_as_taggable_on declares `label_list` as a model attribute, so the record's as_json carries it after the columns (seen in recorded answers of the public conversation create). */
      label_list: string[];
    };
    /** @description app/views/public/api/v1/models/_conversation.json.jbuilder. `id` is the display id; the last-seen times are unix seconds (0 when never seen); `messages` are all the conversation's chat messages (no activity messages, no private notes), oldest first; `contact` is the raw Contact model. */
    PublicConversation: {
      id: number;
      /** Format: uuid */
      uuid: string;
      inbox_id: number;
      contact_last_seen_at: number;
      /** @enum {string} */
      status: "open" | "resolved" | "pending" | "snoozed";
      agent_last_seen_at: number;
      messages: components["schemas"]["PublicMessage"][];
      contact: components["schemas"]["ContactRecord"];
    };
    /** @description app/views/public/api/v1/inboxes/conversations/index.json.jbuilder — a plain array. */
    PublicConversationList: components["schemas"]["PublicConversation"][];
    /** @description ConversationBuilder with `params.permit(custom_attributes: {})`; everything else is ignored. */
    PublicConversationRequest: {
      /** @description A hash; anything else is ignored. */
      custom_attributes?: unknown;
    };
    PublicTypingRequest: {
      /**
       * @description `on`, `off` (or `recording` in newer Chatwoot); any other value does nothing.
       * @example on
       * @example off
       */
      typing_status?: string | null;
    };
    /** @description app/views/public/api/v1/inboxes/messages/index.json.jbuilder: a plain array, oldest first, without private notes and activity messages (MessageFinder with `filter_internal_messages`). */
    PublicMessageList: components["schemas"]["PublicMessage"][];
    /** @description `params.permit(:content, :echo_id)` plus `attachments[]` files (multipart). The message is always incoming, from the contact, with content_type `text`. */
    PublicMessageRequest: {
      content?: string | null;
      echo_id?: string | number | null;
    };
    /** @description `params.permit(submitted_values: [:name, :title, :value, {csat_survey_response: [:feedback_message, :rating]}])`: the contact's answer to a form / input_select (an array of `{name, title, value}`) or to a CSAT survey (`{"csat_survey_response": {"rating": 1..5, "feedback_message": "..."}}`). Other keys are dropped. */
    PublicMessageUpdateRequest: {
      /**
       * @description An array of hashes, or a hash; anything else is ignored.
       * @example [
       *       {
       *         "title": "Starter",
       *         "value": "starter"
       *       }
       *     ]
       * @example {
       *       "csat_survey_response": {
       *         "rating": 5,
       *         "feedback_message": "Thanks!"
       *       }
       *     }
       */
      submitted_values?: unknown;
    };
    /** @description The CsatSurveyResponse model's own `as_json` (every column, ISO-8601 timestamps). */
    CsatResponseRecord: {
      id: number;
      account_id: number;
      /** @description The internal conversation id (not the display id). */
      conversation_id: number;
      message_id: number;
      rating: number;
      feedback_message: string | null;
      contact_id: number;
      assigned_agent_id: number | null;
      /** Format: date-time */
      created_at: string;
      /** Format: date-time */
      updated_at: string;
    };
    /** @description app/views/public/api/v1/models/_csat_survey.json.jbuilder (show and update): the conversation's input_csat message with its response (null until the contact answers). `display_type` and `content` come from the inbox's csat_config (`emoji` / null when unset, always so in the fake); `conversation_id` is the internal conversation id; `created_at` is the message's ISO-8601 time. */
    CsatSurvey: {
      /** @description The input_csat message id. */
      id: number;
      csat_survey_response: components["schemas"]["CsatResponseRecord"] | null;
      /**
       * @example emoji
       * @example star
       */
      display_type: string;
      content: string | null;
      inbox_avatar_url: string;
      inbox_name: string;
      locale: string;
      conversation_id: number;
      /** Format: date-time */
      created_at: string;
    };
    /** @description `params.permit(message: [{submitted_values: [:name, :title, :value, {csat_survey_response: [:feedback_message, :rating]}]}])`, e.g. `{"message":{"submitted_values":{"csat_survey_response":{"rating":5,"feedback_message":"Thanks!"}}}}`. */
    CsatSurveyUpdateRequest: {
      /** @description A hash with `submitted_values`; without one the fake answers 422 (Rails fails with a 500). */
      message?: unknown;
    };
    /** @description `email` (matched case-insensitively, surrounding spaces ignored) with `password`, or with an `sso_auth_token` issued by the platform API's login URL (single use). Nothing is required: whatever is missing or wrong answers the same 401. (The newest Chatwoot also reads `email` and `password` request headers; the fake reads the body only.) */
    SignInRequest: {
      email?: string;
      password?: string;
      sso_auth_token?: string;
    };
    /** @description app/views/devise/_auth.json.jbuilder: the `api/v1/models/_user` partial under `data` (the same user as /api/v1/profile), and `mfa_setup_required` (false: two-factor sign-in is off in the fake). */
    SignInResponse: {
      data: components["schemas"]["Profile"];
      mfa_setup_required: boolean;
    };
    /** @description devise_token_auth's render_error: `{"success":false,"errors":[message]}`, plus `error_code` where Chatwoot adds one (`user_not_confirmed`). */
    AuthError: {
      /** @constant */
      success: false;
      errors: string[];
      error_code?: string;
    };
    SignOutResponse: {
      /** @constant */
      success: true;
    };
    /** @description The token of the reset email and the new password (twice). */
    PasswordUpdateRequest: {
      reset_password_token?: unknown;
      password?: unknown;
      password_confirmation?: unknown;
    };
    /** @description `render json: { message: 'Invalid token', redirect_url: '/' }, status: 422` */
    TokenError: {
      message: string;
      redirect_url: string;
    };
    /** @description The account's email; anything else is ignored. */
    PasswordResetRequest: {
      email?: unknown;
    };
    AuthMessage: {
      message: string;
    };
    /** @description The token of the confirmation email. */
    ConfirmationRequest: {
      confirmation_token?: unknown;
    };
    /** @description The user partial (as in /api/v1/profile) with the user's `created_at` (ISO-8601) merged in: token.json opens `data` a second time and jbuilder merges the two blocks. */
    ValidatedUser: {
      access_token: string;
      account_id: number | null;
      available_name: string;
      avatar_url: string;
      confirmed: boolean;
      display_name: string | null;
      message_signature: string | null;
      email: string;
      id: number;
      inviter_id: number | null;
      name: string;
      provider: string;
      pubsub_token: string;
      /** @description Key present only when non-empty. */
      custom_attributes?: Record<string, unknown>;
      /** @enum {string|null} */
      role: "agent" | "administrator" | null;
      ui_settings: Record<string, unknown>;
      uid: string;
      /**
       * @description null for a normal user.
       * @enum {string|null}
       */
      type: "User" | "SuperAdmin" | null;
      accounts: components["schemas"]["ProfileAccount"][];
      /** Format: date-time */
      created_at: string;
    };
    /** @description app/views/devise/token.json.jbuilder: `{"payload":{"success":true,"data":{<user>,"created_at"}, "mfa_setup_required":false}}` — the dashboard reads `response.data.payload.data`. */
    ValidateTokenResponse: {
      payload: {
        /** @constant */
        success: true;
        data: components["schemas"]["ValidatedUser"];
        mfa_setup_required: boolean;
      };
    };
    /** @description Api::V1::Widget::EventsController#permitted_params: `name`, `website_token` and `event_info` (a hash). Rails reads `params`, so each may also come in the query string; unknown keys are ignored. */
    WidgetEventRequest: {
      /**
       * @description The event to dispatch, as the widget names it: `webwidget.triggered` (the widget was opened). Dots and underscores are the same to Chatwoot's dispatcher (`webwidget_triggered` works too).
       * @example webwidget.triggered
       */
      name?: unknown;
      /** @description What the widget reports about the page (the widget sends `referer`, `initiated_at`, `browser_language`...). Passed on in the webhook's `event_info`, with the server's `widget_language`, `browser_language` and `browser` merged over it. Anything but an object is dropped (`permit(event_info: {})`). */
      event_info?: unknown;
      /** @description The web widget's website token. */
      website_token?: string;
      /** @description The widget's language; becomes `event_info.widget_language`. */
      locale?: unknown;
    };
    /** @description Rails `params` of a widget action: `website_token` (also accepted in the query string) and the action's own keys; unknown keys are ignored. Values are not type-checked (strong parameters drop a value of the wrong shape). */
    WidgetParams: {
      website_token?: string;
      /** @description set_custom_attributes: a hash; contact destroy_custom_attributes: a list of keys. */
      custom_attributes?: unknown;
      /** @description conversation destroy_custom_attributes: the keys to remove (a list). */
      custom_attribute?: unknown;
      /** @description `on` or `off` (toggle_typing). */
      typing_status?: unknown;
      /** @description The label title to add (labels create). */
      label?: unknown;
    };
    /** @description app/views/api/v1/widget/configs/create.json.jbuilder. */
    WidgetConfig: {
      website_channel_config: {
        allow_messages_after_resolved?: boolean;
        /** @description Chatwoot's FRONTEND_URL; the fake's own origin. */
        api_host?: string;
        /** @description The visitor JWT, to send as X-Auth-Token. */
        auth_token: string;
        avatar_url?: string;
        channel_avatar_url?: string;
        csat_survey_enabled?: boolean;
        disable_branding?: boolean;
        enabled_features: string[];
        enabled_languages?: {
          name?: string;
          iso_639_1_code?: string;
        }[];
        locale?: string;
        out_of_office_message?: string | null;
        /** @description The help center portal; always null in the fake. */
        portal?: Record<string, unknown> | null;
        pre_chat_form_enabled?: boolean;
        pre_chat_form_options?: Record<string, unknown>;
        reply_time?: string;
        timezone?: string;
        /** @example +00:00 */
        utc_off_set?: string;
        website_name: string;
        website_token: string;
        welcome_tagline?: string | null;
        welcome_title?: string | null;
        widget_color: string;
        working_hours?: components["schemas"]["WorkingHour"][];
        working_hours_enabled?: boolean;
        account_id: number;
      };
      contact: {
        email: string | null;
        id: number;
        identifier: string | null;
        name: string;
        phone_number: string | null;
        /** @description The contact inbox's /cable token. */
        pubsub_token: string;
      };
      global_config: {
        LOGO_THUMBNAIL?: string;
        BRAND_NAME?: string;
        WIDGET_BRAND_URL?: string;
      };
    };
    /** @description `blob` {filename, byte_size, checksum, content_type, metadata} (ActiveStorage::DirectUploadsController blob_args), as @rails/activestorage's DirectUpload sends it. */
    WidgetDirectUploadRequest: {
      website_token?: string;
      blob?: unknown;
    };
    /** @description The blob (ActiveStorage::Blob#as_json with `signed_id`; `attachable_sgid` from Action Text, Rails 7.1+) and where to PUT its bytes: `direct_upload.url` (the Disk service's signed URL) with `direct_upload.headers`. */
    WidgetDirectUpload: {
      id: number;
      key: string;
      filename: string;
      content_type: string | null;
      metadata: {
        [key: string]: unknown;
      };
      service_name: string;
      byte_size: number;
      checksum: string | null;
      /** Format: date-time */
      created_at: string;
      signed_id: string;
      attachable_sgid: string;
      direct_upload: {
        url: string;
        headers: {
          "Content-Type": string | null;
        };
      };
    };
    /** @description app/views/api/v1/widget/contacts/show.json.jbuilder. */
    WidgetContact: {
      id: number;
      has_email: boolean;
      has_name: boolean;
      has_phone_number: boolean;
      identifier: string | null;
      source_id: string | null;
    };
    /** @description ContactsController#permitted_params: the identity ContactIdentifyAction takes (`identifier`, `email`, `name`, `avatar_url`, `phone_number`, `custom_attributes`, `additional_attributes`) and `identifier_hash` (HMAC-SHA256 hex of the identifier with the widget's hmac_token). */
    WidgetContactRequest: {
      website_token?: string;
      identifier?: unknown;
      identifier_hash?: unknown;
      email?: unknown;
      name?: unknown;
      avatar_url?: unknown;
      phone_number?: unknown;
      custom_attributes?: unknown;
      additional_attributes?: unknown;
    };
    /** @description app/views/api/v1/widget/contacts/update.json.jbuilder (the contact that survived). */
    WidgetContactUpdate: {
      id: number;
      name: string;
      email: string | null;
      phone_number: string | null;
    };
    /** @description app/views/api/v1/widget/contacts/set_user.json.jbuilder; `widget_auth_token` only when the visitor got a new contact (it had another identifier): the widget stores it as its new X-Auth-Token. */
    WidgetSetUser: {
      id: number;
      name: string;
      email: string | null;
      phone_number: string | null;
      pubsub_token: string;
      widget_auth_token?: string;
    };
    /** @description conversations/index.json.jbuilder; `{}` when the visitor has no conversation. */
    WidgetConversationSummary: {
      /** @description The display id. */
      id?: number;
      inbox_id?: number;
      contact_last_seen_at?: number;
      /** @enum {string} */
      status?: "open" | "resolved" | "pending" | "snoozed";
    };
    /** @description ConversationsController#permitted_params: `contact` {name, email, phone_number, custom_attributes}, `message` {content, referer_url, timestamp, echo_id}, `custom_attributes` (the conversation's). */
    WidgetConversationRequest: {
      website_token?: string;
      contact?: unknown;
      message?: unknown;
      custom_attributes?: unknown;
    };
    /** @description conversations/create.json.jbuilder. */
    WidgetConversation: {
      id: number;
      inbox_id: number;
      contact_last_seen_at: number;
      /** @enum {string} */
      status: "open" | "resolved" | "pending" | "snoozed";
      messages: components["schemas"]["PublicMessage"][];
      contact: components["schemas"]["ContactRecord"];
      custom_attributes: Record<string, unknown>;
    };
    /** @description The Conversation model's own `as_json` (`render json: conversation`). */
    ConversationRecord: {
      id: number;
      account_id: number;
      inbox_id: number;
      status: string;
      display_id: number;
      uuid: string;
      custom_attributes: Record<string, unknown>;
      additional_attributes?: Record<string, unknown>;
    };
    /** @description messages/index.json.jbuilder. */
    WidgetMessageList: {
      payload: components["schemas"]["PublicMessage"][];
      meta: {
        contact_last_seen_at?: number;
      };
    };
    /** @description MessagesController#permitted_params: `message` {content, reply_to, echo_id, referer_url, timestamp} (multipart: `message[content]`, `message[attachments][]` files), and for a first message `custom_attributes` and `labels` of the new conversation. */
    WidgetMessageRequest: {
      website_token?: string;
      message?: unknown;
      custom_attributes?: unknown;
      labels?: unknown;
    };
    /** @description `contact` {email} for an input_email message; `message` {submitted_values: [{name, title, value, csat_survey_response: {rating, feedback_message}}]} for another. */
    WidgetMessageUpdateRequest: {
      website_token?: string;
      contact?: unknown;
      message?: unknown;
    };
    /** @description inbox_members/index.json.jbuilder. */
    WidgetInboxMembers: {
      payload: {
        name: string;
        avatar_url: string;
        availability_status: string;
      }[];
    };
    /** @description campaigns/index.json.jbuilder. */
    WidgetCampaigns: {
      id: number;
      trigger_rules: Record<string, unknown>;
      message: string | null;
      sender: {
        name?: string;
        avatar_url?: string;
      } | null;
    }[];
    /** @description `contact_inbox` in a conversation's push data: the ContactInbox model's own JSON (every column, ISO timestamps), which includes the widget's `pubsub_token`. */
    ContactInboxRecord: {
      id: number;
      contact_id: number;
      inbox_id: number;
      source_id: string;
      /** Format: date-time */
      created_at: string;
      /** Format: date-time */
      updated_at: string;
      hmac_verified: boolean | null;
      pubsub_token: string | null;
    };
    /** @description Account#webhook_data / Inbox#webhook_data: `{id, name}`. */
    IdName: {
      id: number;
      name: string;
    };
    /** @description Conversations::EventDataPresenter#push_data (app/presenters/conversations/event_data_presenter.rb): Conversation#webhook_data and the cable's conversation payload. Unlike the REST partial, `meta.assignee` and `meta.team` are always present (null when unset), `snoozed_until` and `first_reply_created_at` are times (ISO-8601 or null), `messages` holds the last message that is neither private nor an activity, and there is no `account_id`, `uuid` or `muted`. */
    ConversationWebhookFields: {
      additional_attributes: Record<string, unknown>;
      can_reply: boolean;
      /** @description The inbox channel type, e.g. "Channel::Api". */
      channel: string | null;
      contact_inbox: components["schemas"]["ContactInboxRecord"] | null;
      /** @description The per-account display id. */
      id: number;
      inbox_id: number;
      messages: components["schemas"]["MessagePushData"][];
      labels: string[];
      meta: {
        sender: components["schemas"]["ContactPush"] | null;
        assignee: components["schemas"]["UserPush"] | null;
        /** @description Team#push_event_data: `{id, name}`. */
        team: components["schemas"]["IdName"] | null;
        hmac_verified: boolean | null;
        /**
         * @description `conversation.assignee_type`: `"User"`, `"AgentBot"` or null (newest 4.x only).
         * @enum {string|null}
         */
        assignee_type: "User" | "AgentBot" | null;
      };
      status: components["schemas"]["ConversationStatus"];
      custom_attributes: Record<string, unknown>;
      /** Format: date-time */
      snoozed_until: string | null;
      unread_count: number;
      /** Format: date-time */
      first_reply_created_at: string | null;
      priority: components["schemas"]["Priority"];
      /** @description Unix seconds, 0 when not waiting. */
      waiting_since: number;
      agent_last_seen_at: number;
      contact_last_seen_at: number;
      last_activity_at: number;
      /** @description = last_activity_at. */
      timestamp: number;
      created_at: number;
      /** @description A float (`updated_at.to_f`). */
      updated_at: number;
    };
    /** @description `conversation_created`: the conversation push data + `event`. */
    ConversationCreatedPayload: components["schemas"]["ConversationWebhookFields"] & {
      /** @constant */
      event: "conversation_created";
    };
    /** @description BaseListener#extract_changed_attributes: Rails' previous_changes as an array of one-key objects, `[{"status": {"previous_value": "open", "current_value": "resolved"}}]`, values as Rails serialises them (times ISO-8601, `label_list` for labels, `updated_at` included). */
    ChangedAttributes: {
      [key: string]: {
        previous_value: unknown;
        current_value: unknown;
      };
    }[];
    /** @description `conversation_status_changed` (only the status change in `changed_attributes`) and `conversation_updated` (every changed column, sent when one of team_id, assignee_id, status, snoozed_until, custom_attributes, label_list, waiting_since, first_reply_created_at or priority changed): the conversation push data + `event` + `changed_attributes` (null when Rails had none). */
    ConversationChangedPayload: components["schemas"]["ConversationWebhookFields"] & {
      /** @enum {unknown} */
      event: "conversation_status_changed" | "conversation_updated";
      changed_attributes: components["schemas"]["ChangedAttributes"] | null;
    };
    ConversationWebhookData: components["schemas"]["ConversationWebhookFields"];
    /** @description User#webhook_data (app/models/user.rb). */
    UserWebhookData: {
      id: number;
      name: string;
      email: string;
      /** @constant */
      type: "user";
    };
    /** @description AgentBot#webhook_data (app/models/agent_bot.rb). */
    AgentBotWebhookData: {
      id: number;
      name: string;
      /** @constant */
      type: "agent_bot";
    };
    /** @description Contact#webhook_data (app/models/contact.rb, newest upstream). There is no `type` key: versions before 2023 sent only `{id, name, avatar, type: "contact", account}`. `avatar` and `thumbnail` are both the avatar URL ("" when none). */
    ContactWebhookData: {
      account: components["schemas"]["IdName"];
      additional_attributes: Record<string, unknown>;
      avatar: string;
      custom_attributes: Record<string, unknown>;
      email: string | null;
      id: number;
      identifier: string | null;
      name: string | null;
      phone_number: string | null;
      thumbnail: string;
      blocked: boolean;
    };
    /** @description `sender.try(:webhook_data)`: a user, an agent bot or a contact; null when there is none. */
    WebhookParty: components["schemas"]["UserWebhookData"] | components["schemas"]["AgentBotWebhookData"] | components["schemas"]["ContactWebhookData"] | null;
    /** @description Message#webhook_data (app/models/message.rb), keys in its alphabetical order. Unlike the REST and push shapes: `message_type` is the enum name, `created_at` a time (ISO-8601), `sender` the sender's webhook_data, `conversation` the conversation push data. Private notes are sent too (only activity messages are not: `webhook_sendable?`). */
    MessageWebhookFields: {
      account: components["schemas"]["IdName"];
      additional_attributes: Record<string, unknown>;
      content_attributes: Record<string, unknown>;
      content_type: string;
      content: string | null;
      conversation: components["schemas"]["ConversationWebhookData"];
      /** Format: date-time */
      created_at: string;
      id: number;
      inbox: components["schemas"]["IdName"];
      /** @enum {string} */
      message_type: "incoming" | "outgoing" | "template";
      private: boolean;
      sender: components["schemas"]["WebhookParty"];
      source_id: string | null;
      /** @description Key present only when the message has attachments. */
      attachments?: components["schemas"]["Attachment"][];
    };
    /** @description `message_created` / `message_updated`: the message webhook_data + `event`. */
    MessagePayload: components["schemas"]["MessageWebhookFields"] & {
      /** @enum {unknown} */
      event: "message_created" | "message_updated";
    };
    /** @description `contact_created`: the contact webhook_data + `event` (account webhooks only). */
    ContactCreatedPayload: {
      account: components["schemas"]["IdName"];
      additional_attributes: Record<string, unknown>;
      avatar: string;
      custom_attributes: Record<string, unknown>;
      email: string | null;
      id: number;
      identifier: string | null;
      name: string | null;
      phone_number: string | null;
      thumbnail: string;
      blocked: boolean;
      /** @constant */
      event: "contact_created";
    };
    /** @description `contact_updated`: the contact webhook_data + `event` + `changed_attributes`; not sent when nothing changed (`return if changed_attributes.blank?`). */
    ContactUpdatedPayload: {
      account: components["schemas"]["IdName"];
      additional_attributes: Record<string, unknown>;
      avatar: string;
      custom_attributes: Record<string, unknown>;
      email: string | null;
      id: number;
      identifier: string | null;
      name: string | null;
      phone_number: string | null;
      thumbnail: string;
      blocked: boolean;
      /** @constant */
      event: "contact_updated";
      changed_attributes: components["schemas"]["ChangedAttributes"];
    };
    /** @description Inbox::EventDataPresenter#push_data (app/presenters/inbox/event_data_presenter.rb): inbox settings, the WorkingHour rows and the channel model's JSON (every column, secrets included). It carries no `id` or `name` of its own. */
    InboxWebhookFields: {
      allow_messages_after_resolved: boolean;
      lock_to_single_conversation: boolean;
      auto_assignment_config: Record<string, unknown>;
      enable_auto_assignment: boolean;
      enable_email_collect: boolean;
      greeting_enabled: boolean;
      greeting_message: string | null;
      csat_survey_enabled: boolean;
      business_name: string | null;
      /** @enum {string} */
      sender_name_type: "friendly" | "professional";
      timezone: string;
      out_of_office_message: string | null;
      working_hours_enabled: boolean;
      working_hours: {
        id: number;
        inbox_id: number;
        account_id: number;
        day_of_week: number;
        closed_all_day: boolean;
        open_hour: number | null;
        open_minutes: number | null;
        close_hour: number | null;
        close_minutes: number | null;
        /** Format: date-time */
        created_at: string;
        /** Format: date-time */
        updated_at: string;
        open_all_day: boolean;
      }[];
      /** Format: date-time */
      created_at: string;
      /** Format: date-time */
      updated_at: string;
      /** @description The channel model's JSON: for Channel::Api `id, account_id, webhook_url, created_at, updated_at, identifier, hmac_token, hmac_mandatory, additional_attributes, secret`; for Channel::WebWidget `id, website_url, account_id, created_at, updated_at, website_token, widget_color, welcome_title, welcome_tagline, feature_flags` (a bit mask), `reply_time, hmac_token, pre_chat_form_enabled, pre_chat_form_options, hmac_mandatory, continuity_via_email, allowed_domains`. */
      channel: {
        id: number;
        account_id: number;
        /** Format: date-time */
        created_at: string;
        /** Format: date-time */
        updated_at: string;
      };
    };
    /** @description `inbox_created`: the inbox push data + `event` (account webhooks only). */
    InboxCreatedPayload: components["schemas"]["InboxWebhookFields"] & {
      /** @constant */
      event: "inbox_created";
    };
    /** @description `inbox_updated`: the inbox push data + `event` + `changed_attributes`; not sent when nothing changed. */
    InboxUpdatedPayload: components["schemas"]["InboxWebhookFields"] & {
      /** @constant */
      event: "inbox_updated";
      changed_attributes: components["schemas"]["ChangedAttributes"];
    };
    /** @description `webwidget_triggered` (the widget was opened): ContactInbox#webhook_data (app/models/contact_inbox.rb) + `event` + `event_info` (what the widget reported: browser, language, referer...). */
    WebwidgetTriggeredPayload: {
      /** @description The contact inbox id. */
      id: number;
      contact: components["schemas"]["ContactWebhookData"] | null;
      inbox: components["schemas"]["IdName"] | null;
      account: components["schemas"]["IdName"] | null;
      /** @description The contact inbox's latest conversation (push data), or null. */
      current_conversation: components["schemas"]["ConversationWebhookData"] | null;
      source_id: string;
      /** @constant */
      event: "webwidget_triggered";
      event_info: Record<string, unknown> | null;
    };
    /** @description `conversation_typing_on` / `conversation_typing_off` (WebhookListener#handle_typing_status): who types (an agent's or the contact's webhook_data), the conversation push data and whether it is a private note. */
    TypingPayload: {
      /** @enum {unknown} */
      event: "conversation_typing_on" | "conversation_typing_off";
      user: components["schemas"]["WebhookParty"];
      conversation: components["schemas"]["ConversationWebhookData"];
      is_private: boolean;
    };
    /** @description Agent bots only (AgentBotListener): `conversation_opened` / `conversation_resolved` when a conversation's status changes to open / resolved: the conversation push data + `event`. */
    AgentBotConversationPayload: components["schemas"]["ConversationWebhookFields"] & {
      /** @enum {unknown} */
      event: "conversation_opened" | "conversation_resolved";
    };
  };
  responses: {
    /** @description Params Rails cannot read, refused before authentication (ActionController::BadRequest and ActionDispatch's ParseError, rendered `{"status":400,"error":"Bad Request"}`): malformed JSON or JSON nested deeper than 100; a body that is not UTF-8; a compressed body (Rails decodes no `Content-Encoding`); a form or query string with a malformed `%`-escape, keys nested deeper than 32 or more than 5000 parameters; a malformed path encoding. On any operation. */
    BadRequest: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        "application/json": components["schemas"]["RailsError"];
      };
    };
    /** @description A body over the fake's limit (`bodyLimit`, 1 MB by default) or an upload over 40 MB, refused before authentication. On any operation (a body may come with any method). */
    PayloadTooLarge: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        "application/json": components["schemas"]["RailsError"];
      };
    };
    /** @description rack-attack's throttled answer, on any operation (its `req/ip` throttle covers every path; the fake limits only when asked: `rateLimit`). */
    TooManyRequests: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        "text/plain": "Retry later\n";
      };
    };
    /** @description A request line or headers over 16 KB, refused before routing (Node's and Puma's HTTP parsers both refuse such requests). On any operation. */
    RequestHeaderFieldsTooLarge: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        "application/json": components["schemas"]["RailsError"];
      };
    };
    /** @description Missing token (`{"errors":[...]}`), unknown token (`Invalid Access Token`), not a member of the account, or role too low (`You are not authorized to do this action`) — Chatwoot answers 401, never 403. */
    Unauthorized: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        "application/json": components["schemas"]["ErrorMessage"] | components["schemas"]["ErrorList"];
      };
    };
    /** @description `{"error":"Resource could not be found"}` */
    NotFound: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        "application/json": components["schemas"]["ErrorMessage"];
      };
    };
    /** @description Model validation (`{"message","attributes"}`) or business rule (`{"error"}`). */
    Unprocessable: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        "application/json": components["schemas"]["RecordInvalid"] | components["schemas"]["ErrorMessage"];
      };
    };
    /** @description Empty body (Rails `head :ok`). */
    Empty: {
      headers: {
        [name: string]: unknown;
      };
      content?: never;
    };
    /** @description A missing or unknown `type`, or a malformed `since`/`until`: Rails answers 500 here (an unhandled exception); the fake answers 422 `{"message":"Type can't be blank","attributes":["type"]}`. */
    InvalidParameter: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        "application/json": components["schemas"]["RecordInvalid"];
      };
    };
    /** @description `head :unprocessable_entity`: status 422, empty body. A missing or unknown `type`, a malformed `since`/`until` or any other parameter the fake refuses answers the same empty 422 (Rails answers 500 for some of them). */
    EmptyUnprocessable: {
      headers: {
        [name: string]: unknown;
      };
      content?: never;
    };
    /** @description The CSV file. */
    Csv: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        "text/csv": string;
      };
    };
    /** @description `since` or `until` missing or not unix seconds: the template's `Date.strptime(params[:since], '%s')` fails and Rails answers 500; the fake answers 422 `{"message":"Since can't be blank","attributes":["since"]}`. */
    PeriodUnprocessable: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        "application/json": components["schemas"]["RecordInvalid"];
      };
    };
    /** @description `{"error":"Invalid access_token"}`: missing or unknown token, or not a platform app's. */
    InvalidToken: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        "application/json": components["schemas"]["PlatformError"];
      };
    };
    /** @description The account. */
    Account: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        "application/json": components["schemas"]["PlatformAccount"];
      };
    };
    /** @description `{"error":"Invalid access_token"}` for a missing or unknown token or one that is not a platform app's (user and agent bot tokens too); `{"error":"Non permissible resource"}` for an object the app did not create and was not granted. */
    "responses-Unauthorized": {
      headers: {
        [name: string]: unknown;
      };
      content: {
        "application/json": components["schemas"]["PlatformError"];
      };
    };
    /** @description `{"status":404,"error":"Not Found"}`: no record with that id (Rails' public 404). */
    "responses-NotFound": {
      headers: {
        [name: string]: unknown;
      };
      content: {
        "application/json": components["schemas"]["PlatformNotFound"];
      };
    };
    /** @description The user. */
    User: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        "application/json": components["schemas"]["PlatformUser"];
      };
    };
    /** @description The agent bot. */
    AgentBot: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        "application/json": components["schemas"]["PlatformAgentBot"];
      };
    };
    /** @description Unknown inbox identifier (or not an API inbox), contact source id, conversation or message: ActiveRecord::RecordNotFound unrescued, Rails' public 404 body. */
    "public_responses-NotFound": {
      headers: {
        [name: string]: unknown;
      };
      content: {
        "application/json": components["schemas"]["RailsError"];
      };
    };
    /** @description Identity validation failed: `{"error":"HMAC failed: Invalid Identifier Hash Provided"}` (hash missing while the inbox has `hmac_mandatory`, or not the HMAC-SHA256 of `identifier` keyed with the inbox's hmac_token), or `{"error":"HMAC failed: Identifier does not match contact"}` (a valid pair for another identifier than the contact's own). Deviation: Chatwoot's contacts controller raises a bare StandardError there, which Rails answers 500; the fake answers 401 with the same message, as Chatwoot's web widget API does for the same check (api/v1/widget/contacts_controller.rb). */
    HmacFailed: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        "application/json": components["schemas"]["ErrorMessage"];
      };
    };
    /** @description A model validation failed: `{"message": "...", "attributes": [...]}`. */
    "responses-Unprocessable": {
      headers: {
        [name: string]: unknown;
      };
      content: {
        "application/json": components["schemas"]["RecordInvalid"];
      };
    };
    /** @description Unknown website_token, or an X-Auth-Token that names no contact inbox of that widget (ActiveRecord::RecordNotFound, rescued by handle_with_exception). */
    "widget_responses-NotFound": {
      headers: {
        [name: string]: unknown;
      };
      content: {
        "application/json": components["schemas"]["ErrorMessage"];
      };
    };
    /** @description `{"error":"HMAC failed: Invalid Identifier Hash Provided"}`: `identifier_hash` is not the HMAC-SHA256 hex of `identifier` keyed with the widget's hmac_token, or is missing while the widget has `hmac_mandatory` (contacts_controller.rb validate_hmac). */
    "responses-HmacFailed": {
      headers: {
        [name: string]: unknown;
      };
      content: {
        "application/json": components["schemas"]["ErrorMessage"];
      };
    };
    /** @description `{"error":"Resource could not be found"}` for an unknown website_token or visitor; an empty 404 (Rails `head :not_found`) when the visitor has no conversation yet. */
    NotFoundOrEmpty: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        "application/json": components["schemas"]["ErrorMessage"];
      };
    };
  };
  parameters: {
    /** @description The numeric id of the account. */
    account_id: number;
    /** @description The numeric id of the record. Chatwoot's routes constrain no id: any value reaches `find`, which reads it with `to_i` (`abc` finds nothing: 404; `1abc` is 1), as the fake does for every integer path parameter. */
    id: number;
    /** @description 1-based page of 15 contacts. Read like Kaminari does (`to_i`, anything below 1 is page 1) and echoed back unchanged in `meta.current_page` — as a string when sent. */
    page: number | string;
    /** @description Sift sort key, `-` prefix for descending: `name`, `email`, `phone_number`, `last_activity_at`, `created_at`, `company_name` (alias `company`), `city`, `country`. Unknown keys are ignored. Without it Chatwoot adds no ORDER BY; the fake answers by id. `last_activity_at`, `created_at`, `company_name`, `city` and `country` put missing values last in both directions. */
    sort: string;
    /** @description `labels[]=a&labels[]=b`: contacts tagged with any of them. */
    labels: string[];
    /** @description Default true; any value other than the string "true" leaves `contact_inboxes` out. */
    include_contact_inboxes: string;
    /** @description The contact's id. */
    contact_id: number;
    /** @description `open` (default), `resolved`, `pending`, `snoozed` or `all`. Ignored when `q` is given. An unknown value matches nothing (Rails casts it to NULL). */
    status: string;
    /** @description `me`, `unassigned`, `assigned` or `all` (default; unknown values mean all). */
    assignee_type: string;
    /** @description Only this inbox (among the caller's inboxes; another inbox gives an empty list). */
    inbox_id: number;
    /** @description Only this team's conversations; an unknown team answers 404 (`teams.find`). */
    team_id: number;
    /** @description Conversations carrying ANY of these labels (`tagged_with(labels, any: true)`). */
    "parameters-labels": string[];
    /** @description Case-insensitive substring of an incoming or outgoing message's content. When present the status filter is skipped (ConversationFinder runs `filter_by_status unless params[:q]`). */
    q: string;
    /** @description `last_activity_at_desc` (default), `last_activity_at_asc`, `created_at_desc`, `created_at_asc`, `priority_desc`, `priority_asc`, `waiting_since_desc`, `waiting_since_asc`; legacy `latest`, `sort_on_created_at`, `sort_on_priority`, `sort_on_waiting_since`. Priority and waiting_since sort NULLS LAST. */
    sort_by: string;
    /** @description `unattended` (no first reply yet, or waiting for a reply), `mention` (a private note mentions the caller), `participating` (the caller is one of the conversation's participants: see /conversations/{id}/participants; assignees and mentioned users become participants). */
    conversation_type: string;
    /** @description Only conversations of the contact inbox with this source id. */
    source_id: string;
    /** @description Only conversations updated in the last N seconds; disables pagination. */
    updated_within: number;
    /** @description 1-based page number; pages past the end are empty. */
    "parameters-page": number;
    /** @description The conversation's display id (per-account number), not its database id. Read with Rails' `to_i`, as `find_by!(display_id:)` casts it: `abc` finds nothing (404), `1abc` is 1. */
    conversationId: number | string;
    /** @description The conversation's display id (per-account number), not its database id. Read with Rails' `to_i`, as `find_by!(display_id:)` casts it: `abc` finds nothing (404), `1abc` is 1. */
    nestedConversationId: number | string;
    /** @description The conversation's display id (per-account number). */
    conversation_id: number;
    /** @description The message id. */
    message_id: number;
    /** @description Count metrics `conversations_count`, `incoming_messages_count`, `outgoing_messages_count`, `resolutions_count`, `bot_resolutions_count`, `bot_handoffs_count`; average metrics (seconds) `avg_first_response_time`, `avg_resolution_time`, `reply_time`. Anything else answers `{}`. */
    metric: string;
    /** @description `account`, `agent`, `inbox`, `label` or `team`. Rails calls `params[:type].to_sym` before anything else, so a missing type is an unhandled NoMethodError, and an unknown one fails the same way once the builder asks it for records: Rails answers 500 there; the fake answers 422 (`Type can't be blank` / `Type is not included in the list`). */
    type: string;
    /** @description The agent (user), inbox, label or team id for those types; unknown ids answer 404. */
    "parameters-id": number | string;
    /** @description Range start, unix seconds (`DateTime.strptime(since, '%s')`: anything but digits is a 500 in Rails; the fake answers 422 `Since is invalid`). Without both `since` and `until` the range is nil and ranged queries match nothing. */
    since: number | string;
    /** @description Range end (exclusive), unix seconds. A time series of more than 200,000 buckets (23 years by the hour) answers 422 `Until is too far from since` in the fake. */
    until: number | string;
    /** @description `day` (default, also for unknown values), `week` (starting on Sunday, groupdate's default), `month`, `year` or `hour`. */
    group_by: string;
    /** @description Averages use `value_in_business_hours` (the inbox's working hours only; 0 for inboxes with working hours off) when true (`ActiveModel::Type::Boolean` cast). */
    business_hours: boolean | string;
    /** @description Hours from UTC (e.g. `5.5`, `-8`) for the bucket boundaries and timestamps; blank or an offset no time zone has means UTC. The fake applies it as a fixed offset (no daylight saving). */
    timezone_offset: number | string;
    /** @description Page of agents (25 per page) for `type=agent`. */
    "components-parameters-page": number | string;
    /** @description Only these inboxes (rows of the matrix, and conversations counted). */
    inbox_ids: (number | string)[];
    /** @description Only these labels (columns of the matrix). */
    label_ids: (number | string)[];
    /** @description `agent`, `team`, `inbox` or `label`; anything else (or nothing) answers 422 with an empty body. */
    outgoing_group_by: string;
    /** @description Days of traffic before today (default 6; the fake refuses more than 3660). */
    days_before: number | string;
    /** @description Only this team's conversations (404 when the account has no such team). */
    "parameters-team_id": number | string;
    /** @description `team_id` or `assignee_id`; anything else answers 422 `{"error":"invalid group_by"}`. */
    "parameters-group_by": string;
    /** @description Responses created at or after this unix time (with `until`; `DateTime.strptime(since, '%s')`). */
    "parameters-since": number | string;
    /** @description Responses created before this unix time. */
    "parameters-until": number | string;
    /** @description Only responses whose assigned agent is one of these users. */
    user_ids: (number | string)[];
    /** @description Only responses of conversations in this inbox. */
    "parameters-inbox_id": number | string;
    /** @description Only responses of conversations of this team. */
    "components-parameters-team_id": number | string;
    /** @description Only responses with this rating (or these ratings). */
    rating: (number | string) | (number | string)[];
    /** @description `created_at` or `-created_at` (Sift); default: in creation order. */
    "parameters-sort": string;
    /** @description The API channel's `identifier` (shown as `inbox_identifier` in the Application API's inbox). */
    inbox_identifier: string;
    /** @description The contact inbox's `source_id`, as the contact create answered it (not the numeric contact id). */
    contact_identifier: string;
    /** @description The conversation's `uuid`. */
    uuid: string;
    /** @description The web widget's `website_token` (Channel::WebWidget). Rails reads it from the query string or the body; missing or unknown → 404. */
    website_token: string;
    /** @description The widget's language (SwitchLocale); the events endpoint reports it as `widget_language`. */
    locale: string;
    /** @description The widget's token for the visitor: a JWT (HS256, signed with the installation's secret_key_base) with claims `source_id` (the contact inbox's source id) and `inbox_id`, plus `iat`/`exp` (180 days) — Widget::TokenService, handed out by `POST /api/v1/widget/config`. The fake signs with the secret `chatwoot-fake-secret-key-base` (`WIDGET_SECRET_KEY_BASE`, `widgetAuthToken()` in src/domain/widget.ts), checks `exp` on its clock, and finds the contact inbox by `source_id` in the widget's inbox. A missing, malformed, badly signed or expired token decodes to no contact → 404. */
    auth_token: string;
    /** @description A message id; the 20 messages just before it. */
    before: string | number;
    /** @description A message id; the (at most 100) messages just after it (with `before`, those in between). */
    after: string | number;
    /** @description The message id (a message of the visitor's own conversations). */
    "parameters-message_id": number;
    /** @description The label's title. */
    label: string;
    /** @description A uuid per delivery (account and API-inbox webhooks; not agent bots). */
    Delivery: string;
    /** @description Unix seconds when the delivery was signed; present only when there is a secret. */
    Timestamp: string;
    /** @description `sha256=` + hex HMAC-SHA256 with the webhook's `secret` (API inbox: the channel's `secret`) as key over `"<X-Chatwoot-Timestamp>.<raw body>"`. Present only when there is a secret (Chatwoot 4.x). */
    Signature: string;
    /** @description RestClient's, e.g. `rest-client/2.1.0 (linux-musl x86_64) ruby/3.4.4p34`. */
    UserAgent: string;
  };
  requestBodies: {
    Account: {
      content: {
        "application/json": components["schemas"]["PlatformAccountRequest"];
      };
    };
    User: {
      content: {
        "application/json": components["schemas"]["PlatformUserRequest"];
      };
    };
    AgentBot: {
      content: {
        "application/json": components["schemas"]["PlatformAgentBotRequest"];
      };
    };
  };
  headers: {
    /** @description The session token (22 characters). */
    AccessToken: string;
    TokenType: "Bearer";
    /** @description The session's client id; one user may have several sessions. */
    Client: string;
    /** @description When the session ends, in unix seconds (a string). */
    Expiry: string;
    /** @description The user's email. */
    Uid: string;
    /** @description `Bearer ` + base64 of `{"access-token","token-type","client","expiry","uid"}` as JSON. */
    Authorization: string;
  };
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  getApiInfo: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The version and the services' health. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApiInfo"];
        };
      };
      400: components["responses"]["BadRequest"];
      413: components["responses"]["PayloadTooLarge"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  getAccount: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The account. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Account"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  replaceAccount: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["AccountUpdate"];
      };
    };
    responses: {
      /** @description The updated account. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Account"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      422: components["responses"]["Unprocessable"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  updateAccount: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["AccountUpdate"];
      };
    };
    responses: {
      /** @description The updated account. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Account"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      422: components["responses"]["Unprocessable"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  updateAccountActiveAt: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: components["responses"]["Empty"];
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  listAgents: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Every member of the account, ordered by name (not paginated). */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["AgentList"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  createAgent: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["AgentRequest"];
      };
    };
    responses: {
      /** @description The new agent. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Agent"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      422: components["responses"]["Unprocessable"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  bulkCreateAgents: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["BulkCreateRequest"];
        "application/x-www-form-urlencoded": components["schemas"]["BulkCreateRequest"];
      };
    };
    responses: {
      200: components["responses"]["Empty"];
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      422: components["responses"]["Unprocessable"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  replaceAgent: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
        /** @description The numeric id of the record. Chatwoot's routes constrain no id: any value reaches `find`, which reads it with `to_i` (`abc` finds nothing: 404; `1abc` is 1), as the fake does for every integer path parameter. */
        id: components["parameters"]["id"];
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["AgentRequest"];
      };
    };
    responses: {
      /** @description The updated agent. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Agent"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      422: components["responses"]["Unprocessable"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  deleteAgent: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
        /** @description The numeric id of the record. Chatwoot's routes constrain no id: any value reaches `find`, which reads it with `to_i` (`abc` finds nothing: 404; `1abc` is 1), as the fake does for every integer path parameter. */
        id: components["parameters"]["id"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: components["responses"]["Empty"];
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  updateAgent: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
        /** @description The numeric id of the record. Chatwoot's routes constrain no id: any value reaches `find`, which reads it with `to_i` (`abc` finds nothing: 404; `1abc` is 1), as the fake does for every integer path parameter. */
        id: components["parameters"]["id"];
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["AgentRequest"];
      };
    };
    responses: {
      /** @description The updated agent. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Agent"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      422: components["responses"]["Unprocessable"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  listInboxes: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The inboxes the caller may see. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["InboxList"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  createInbox: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["InboxCreateRequest"];
        "multipart/form-data": components["schemas"]["InboxCreateRequest"];
      };
    };
    responses: {
      /** @description The new inbox. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Inbox"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      422: components["responses"]["Unprocessable"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  getInbox: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
        /** @description The numeric id of the record. Chatwoot's routes constrain no id: any value reaches `find`, which reads it with `to_i` (`abc` finds nothing: 404; `1abc` is 1), as the fake does for every integer path parameter. */
        id: components["parameters"]["id"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The inbox, at top level. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Inbox"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  replaceInbox: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
        /** @description The numeric id of the record. Chatwoot's routes constrain no id: any value reaches `find`, which reads it with `to_i` (`abc` finds nothing: 404; `1abc` is 1), as the fake does for every integer path parameter. */
        id: components["parameters"]["id"];
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["InboxUpdateRequest"];
        "multipart/form-data": components["schemas"]["InboxUpdateRequest"];
      };
    };
    responses: {
      /** @description The updated inbox. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Inbox"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      422: components["responses"]["Unprocessable"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  deleteInbox: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
        /** @description The numeric id of the record. Chatwoot's routes constrain no id: any value reaches `find`, which reads it with `to_i` (`abc` finds nothing: 404; `1abc` is 1), as the fake does for every integer path parameter. */
        id: components["parameters"]["id"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deletion accepted. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["InboxDeleted"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  updateInbox: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
        /** @description The numeric id of the record. Chatwoot's routes constrain no id: any value reaches `find`, which reads it with `to_i` (`abc` finds nothing: 404; `1abc` is 1), as the fake does for every integer path parameter. */
        id: components["parameters"]["id"];
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["InboxUpdateRequest"];
        "multipart/form-data": components["schemas"]["InboxUpdateRequest"];
      };
    };
    responses: {
      /** @description The updated inbox. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Inbox"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      422: components["responses"]["Unprocessable"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  deleteInboxAvatar: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
        /** @description The numeric id of the record. Chatwoot's routes constrain no id: any value reaches `find`, which reads it with `to_i` (`abc` finds nothing: 404; `1abc` is 1), as the fake does for every integer path parameter. */
        id: components["parameters"]["id"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: components["responses"]["Empty"];
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  getInboxAgentBot: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
        /** @description The numeric id of the record. Chatwoot's routes constrain no id: any value reaches `find`, which reads it with `to_i` (`abc` finds nothing: 404; `1abc` is 1), as the fake does for every integer path parameter. */
        id: components["parameters"]["id"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The bot attached to the inbox, if any. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["InboxAgentBot"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  setInboxAgentBot: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
        /** @description The numeric id of the record. Chatwoot's routes constrain no id: any value reaches `find`, which reads it with `to_i` (`abc` finds nothing: 404; `1abc` is 1), as the fake does for every integer path parameter. */
        id: components["parameters"]["id"];
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["SetAgentBotRequest"];
      };
    };
    responses: {
      200: components["responses"]["Empty"];
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      422: components["responses"]["Unprocessable"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  listInboxAssignableAgents: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
        /** @description The numeric id of the record. Chatwoot's routes constrain no id: any value reaches `find`, which reads it with `to_i` (`abc` finds nothing: 404; `1abc` is 1), as the fake does for every integer path parameter. */
        id: components["parameters"]["id"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The assignable agents. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["InboxAssignableAgents"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  createTwilioChannel: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["TwilioChannelRequest"];
        "multipart/form-data": components["schemas"]["TwilioChannelRequest"];
      };
    };
    responses: {
      /** @description The new inbox (never answered by the fake). */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Inbox"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      422: components["responses"]["Unprocessable"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  addInboxMembers: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["InboxMembersRequest"];
      };
    };
    responses: {
      /** @description All members of the inbox. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["InboxMemberList"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      422: components["responses"]["Unprocessable"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  removeInboxMembers: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["InboxMembersRequest"];
      };
    };
    responses: {
      200: components["responses"]["Empty"];
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      422: components["responses"]["Unprocessable"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  updateInboxMembers: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["InboxMembersRequest"];
      };
    };
    responses: {
      /** @description All members of the inbox. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["InboxMemberList"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      422: components["responses"]["Unprocessable"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  listInboxMembers: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
        /** @description The inbox id. */
        inbox_id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The agents who are members, ordered by id. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["InboxMemberList"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  listContacts: {
    parameters: {
      query?: {
        /** @description 1-based page of 15 contacts. Read like Kaminari does (`to_i`, anything below 1 is page 1) and echoed back unchanged in `meta.current_page` — as a string when sent. */
        page?: components["parameters"]["page"];
        /** @description Sift sort key, `-` prefix for descending: `name`, `email`, `phone_number`, `last_activity_at`, `created_at`, `company_name` (alias `company`), `city`, `country`. Unknown keys are ignored. Without it Chatwoot adds no ORDER BY; the fake answers by id. `last_activity_at`, `created_at`, `company_name`, `city` and `country` put missing values last in both directions. */
        sort?: components["parameters"]["sort"];
        /** @description `labels[]=a&labels[]=b`: contacts tagged with any of them. */
        labels?: components["parameters"]["labels"];
        /** @description Default true; any value other than the string "true" leaves `contact_inboxes` out. */
        include_contact_inboxes?: components["parameters"]["include_contact_inboxes"];
      };
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of contacts and the total count. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ContactList"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      422: components["responses"]["Unprocessable"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  createContact: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["ContactRequest"];
        "multipart/form-data": components["schemas"]["ContactRequestMultipart"];
      };
    };
    responses: {
      /** @description The new contact (with its contact inboxes) and the contact inbox created, if any. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ContactCreated"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      422: components["responses"]["Unprocessable"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  listActiveContacts: {
    parameters: {
      query?: {
        /** @description 1-based page of 15 contacts. Read like Kaminari does (`to_i`, anything below 1 is page 1) and echoed back unchanged in `meta.current_page` — as a string when sent. */
        page?: components["parameters"]["page"];
        /** @description Sift sort key, `-` prefix for descending: `name`, `email`, `phone_number`, `last_activity_at`, `created_at`, `company_name` (alias `company`), `city`, `country`. Unknown keys are ignored. Without it Chatwoot adds no ORDER BY; the fake answers by id. `last_activity_at`, `created_at`, `company_name`, `city` and `country` put missing values last in both directions. */
        sort?: components["parameters"]["sort"];
        /** @description Default true; any value other than the string "true" leaves `contact_inboxes` out. */
        include_contact_inboxes?: components["parameters"]["include_contact_inboxes"];
      };
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of online contacts. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ContactList"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      422: components["responses"]["Unprocessable"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  searchContacts: {
    parameters: {
      query?: {
        /** @description The search string (trimmed). Reserved characters (`@`, `+`) may be sent unencoded. */
        q?: string;
        /** @description 1-based page of 15 contacts. Read like Kaminari does (`to_i`, anything below 1 is page 1) and echoed back unchanged in `meta.current_page` — as a string when sent. */
        page?: components["parameters"]["page"];
        /** @description Sift sort key, `-` prefix for descending: `name`, `email`, `phone_number`, `last_activity_at`, `created_at`, `company_name` (alias `company`), `city`, `country`. Unknown keys are ignored. Without it Chatwoot adds no ORDER BY; the fake answers by id. `last_activity_at`, `created_at`, `company_name`, `city` and `country` put missing values last in both directions. */
        sort?: components["parameters"]["sort"];
        /** @description `labels[]=a&labels[]=b`: contacts tagged with any of them. */
        labels?: components["parameters"]["labels"];
        /** @description Default true; any value other than the string "true" leaves `contact_inboxes` out. */
        include_contact_inboxes?: components["parameters"]["include_contact_inboxes"];
      };
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of matching contacts and the total count. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ContactList"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      422: components["responses"]["Unprocessable"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  filterContacts: {
    parameters: {
      query?: {
        /** @description 1-based page of 15 contacts. Read like Kaminari does (`to_i`, anything below 1 is page 1) and echoed back unchanged in `meta.current_page` — as a string when sent. */
        page?: components["parameters"]["page"];
        /** @description Sift sort key, `-` prefix for descending: `name`, `email`, `phone_number`, `last_activity_at`, `created_at`, `company_name` (alias `company`), `city`, `country`. Unknown keys are ignored. Without it Chatwoot adds no ORDER BY; the fake answers by id. `last_activity_at`, `created_at`, `company_name`, `city` and `country` put missing values last in both directions. */
        sort?: components["parameters"]["sort"];
        /** @description Default true; any value other than the string "true" leaves `contact_inboxes` out. */
        include_contact_inboxes?: components["parameters"]["include_contact_inboxes"];
      };
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["ContactFilterRequest"];
      };
    };
    responses: {
      /** @description One page of matching contacts and the total count. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ContactList"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      422: components["responses"]["Unprocessable"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  getContact: {
    parameters: {
      query?: {
        /** @description Default true; any value other than the string "true" leaves `contact_inboxes` out. */
        include_contact_inboxes?: components["parameters"]["include_contact_inboxes"];
      };
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
        /** @description The numeric id of the record. Chatwoot's routes constrain no id: any value reaches `find`, which reads it with `to_i` (`abc` finds nothing: 404; `1abc` is 1), as the fake does for every integer path parameter. */
        id: components["parameters"]["id"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The contact. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ContactPayload"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      422: components["responses"]["Unprocessable"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  replaceContact: {
    parameters: {
      query?: {
        /** @description Default true; any value other than the string "true" leaves `contact_inboxes` out. */
        include_contact_inboxes?: components["parameters"]["include_contact_inboxes"];
      };
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
        /** @description The numeric id of the record. Chatwoot's routes constrain no id: any value reaches `find`, which reads it with `to_i` (`abc` finds nothing: 404; `1abc` is 1), as the fake does for every integer path parameter. */
        id: components["parameters"]["id"];
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["ContactRequest"];
        "multipart/form-data": components["schemas"]["ContactRequestMultipart"];
      };
    };
    responses: {
      /** @description The updated contact. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ContactPayload"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      422: components["responses"]["Unprocessable"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  deleteContact: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
        /** @description The numeric id of the record. Chatwoot's routes constrain no id: any value reaches `find`, which reads it with `to_i` (`abc` finds nothing: 404; `1abc` is 1), as the fake does for every integer path parameter. */
        id: components["parameters"]["id"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: components["responses"]["Empty"];
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  updateContact: {
    parameters: {
      query?: {
        /** @description Default true; any value other than the string "true" leaves `contact_inboxes` out. */
        include_contact_inboxes?: components["parameters"]["include_contact_inboxes"];
      };
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
        /** @description The numeric id of the record. Chatwoot's routes constrain no id: any value reaches `find`, which reads it with `to_i` (`abc` finds nothing: 404; `1abc` is 1), as the fake does for every integer path parameter. */
        id: components["parameters"]["id"];
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["ContactRequest"];
        "multipart/form-data": components["schemas"]["ContactRequestMultipart"];
      };
    };
    responses: {
      /** @description The updated contact. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ContactPayload"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      422: components["responses"]["Unprocessable"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  deleteContactCustomAttributes: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
        /** @description The numeric id of the record. Chatwoot's routes constrain no id: any value reaches `find`, which reads it with `to_i` (`abc` finds nothing: 404; `1abc` is 1), as the fake does for every integer path parameter. */
        id: components["parameters"]["id"];
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["DestroyCustomAttributesRequest"];
      };
    };
    responses: {
      /** @description The contact, with its contact inboxes. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ContactPayload"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      422: components["responses"]["Unprocessable"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  deleteContactAvatar: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
        /** @description The numeric id of the record. Chatwoot's routes constrain no id: any value reaches `find`, which reads it with `to_i` (`abc` finds nothing: 404; `1abc` is 1), as the fake does for every integer path parameter. */
        id: components["parameters"]["id"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The contact, without contact inboxes (avatar.json.jbuilder). */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ContactPayload"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  listContactableInboxes: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
        /** @description The numeric id of the record. Chatwoot's routes constrain no id: any value reaches `find`, which reads it with `to_i` (`abc` finds nothing: 404; `1abc` is 1), as the fake does for every integer path parameter. */
        id: components["parameters"]["id"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The contactable inboxes the caller may see, with the source id to use in each. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ContactableInboxes"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  createContactInbox: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
        /** @description The contact's id. */
        contact_id: components["parameters"]["contact_id"];
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["ContactInboxRequest"];
      };
    };
    responses: {
      /** @description The contact inbox. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ContactInbox"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      422: components["responses"]["Unprocessable"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  listContactConversations: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
        /** @description The contact's id. */
        contact_id: components["parameters"]["contact_id"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Conversations in inboxes the caller may see, newest first, at most 20. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ContactConversations"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  filterContactInboxes: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["ContactInboxFilterRequest"];
      };
    };
    responses: {
      /** @description The contact, with `contact_inboxes`. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Contact"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      /** @description Unknown inbox: `{"error":"Resource could not be found"}`; no contact inbox with that source id in the inbox: an empty body (`head :not_found`). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ErrorMessage"];
        };
      };
      413: components["responses"]["PayloadTooLarge"];
      422: components["responses"]["Unprocessable"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  listConversations: {
    parameters: {
      query?: {
        /** @description `open` (default), `resolved`, `pending`, `snoozed` or `all`. Ignored when `q` is given. An unknown value matches nothing (Rails casts it to NULL). */
        status?: components["parameters"]["status"];
        /** @description `me`, `unassigned`, `assigned` or `all` (default; unknown values mean all). */
        assignee_type?: components["parameters"]["assignee_type"];
        /** @description Only this inbox (among the caller's inboxes; another inbox gives an empty list). */
        inbox_id?: components["parameters"]["inbox_id"];
        /** @description Only this team's conversations; an unknown team answers 404 (`teams.find`). */
        team_id?: components["parameters"]["team_id"];
        /** @description Conversations carrying ANY of these labels (`tagged_with(labels, any: true)`). */
        labels?: components["parameters"]["parameters-labels"];
        /** @description Case-insensitive substring of an incoming or outgoing message's content. When present the status filter is skipped (ConversationFinder runs `filter_by_status unless params[:q]`). */
        q?: components["parameters"]["q"];
        /** @description `last_activity_at_desc` (default), `last_activity_at_asc`, `created_at_desc`, `created_at_asc`, `priority_desc`, `priority_asc`, `waiting_since_desc`, `waiting_since_asc`; legacy `latest`, `sort_on_created_at`, `sort_on_priority`, `sort_on_waiting_since`. Priority and waiting_since sort NULLS LAST. */
        sort_by?: components["parameters"]["sort_by"];
        /** @description `unattended` (no first reply yet, or waiting for a reply), `mention` (a private note mentions the caller), `participating` (the caller is one of the conversation's participants: see /conversations/{id}/participants; assignees and mentioned users become participants). */
        conversation_type?: components["parameters"]["conversation_type"];
        /** @description Only conversations of the contact inbox with this source id. */
        source_id?: components["parameters"]["source_id"];
        /** @description Only conversations updated in the last N seconds; disables pagination. */
        updated_within?: components["parameters"]["updated_within"];
        /** @description 1-based page number; pages past the end are empty. */
        page?: components["parameters"]["parameters-page"];
      };
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of conversations and the counts. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ConversationList"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      422: components["responses"]["Unprocessable"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  createConversation: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["ConversationCreateRequest"];
      };
    };
    responses: {
      /** @description The new (or, for single-conversation inboxes, existing) conversation. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Conversation"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      422: components["responses"]["Unprocessable"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  getConversationCounts: {
    parameters: {
      query?: {
        /** @description `open` (default), `resolved`, `pending`, `snoozed` or `all`. Ignored when `q` is given. An unknown value matches nothing (Rails casts it to NULL). */
        status?: components["parameters"]["status"];
        /** @description Only this inbox (among the caller's inboxes; another inbox gives an empty list). */
        inbox_id?: components["parameters"]["inbox_id"];
        /** @description Only this team's conversations; an unknown team answers 404 (`teams.find`). */
        team_id?: components["parameters"]["team_id"];
        /** @description Conversations carrying ANY of these labels (`tagged_with(labels, any: true)`). */
        labels?: components["parameters"]["parameters-labels"];
        /** @description Case-insensitive substring of an incoming or outgoing message's content. When present the status filter is skipped (ConversationFinder runs `filter_by_status unless params[:q]`). */
        q?: components["parameters"]["q"];
        /** @description `unattended` (no first reply yet, or waiting for a reply), `mention` (a private note mentions the caller), `participating` (the caller is one of the conversation's participants: see /conversations/{id}/participants; assignees and mentioned users become participants). */
        conversation_type?: components["parameters"]["conversation_type"];
        /** @description Only conversations of the contact inbox with this source id. */
        source_id?: components["parameters"]["source_id"];
      };
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description `{"meta":{...counts}}` */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ConversationMetaCounts"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      422: components["responses"]["Unprocessable"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  filterConversations: {
    parameters: {
      query?: {
        /** @description 1-based page number; pages past the end are empty. */
        page?: components["parameters"]["parameters-page"];
      };
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["ConversationFilterRequest"];
      };
    };
    responses: {
      /** @description One page of matching conversations and the counts. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ConversationFilterResult"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      422: components["responses"]["Unprocessable"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  getConversation: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
        /** @description The conversation's display id (per-account number), not its database id. Read with Rails' `to_i`, as `find_by!(display_id:)` casts it: `abc` finds nothing (404), `1abc` is 1. */
        id: components["parameters"]["conversationId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The conversation at top level. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Conversation"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      422: components["responses"]["Unprocessable"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  replaceConversation: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
        /** @description The conversation's display id (per-account number), not its database id. Read with Rails' `to_i`, as `find_by!(display_id:)` casts it: `abc` finds nothing (404), `1abc` is 1. */
        id: components["parameters"]["conversationId"];
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["ConversationUpdateRequest"];
      };
    };
    responses: {
      /** @description The conversation. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Conversation"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      422: components["responses"]["Unprocessable"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  deleteConversation: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
        /** @description The conversation's display id (per-account number), not its database id. Read with Rails' `to_i`, as `find_by!(display_id:)` casts it: `abc` finds nothing (404), `1abc` is 1. */
        id: components["parameters"]["conversationId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: components["responses"]["Empty"];
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  updateConversation: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
        /** @description The conversation's display id (per-account number), not its database id. Read with Rails' `to_i`, as `find_by!(display_id:)` casts it: `abc` finds nothing (404), `1abc` is 1. */
        id: components["parameters"]["conversationId"];
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["ConversationUpdateRequest"];
      };
    };
    responses: {
      /** @description The conversation. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Conversation"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      422: components["responses"]["Unprocessable"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  toggleConversationStatus: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
        /** @description The conversation's display id (per-account number), not its database id. Read with Rails' `to_i`, as `find_by!(display_id:)` casts it: `abc` finds nothing (404), `1abc` is 1. */
        id: components["parameters"]["conversationId"];
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["ToggleStatusRequest"];
      };
    };
    responses: {
      /** @description The new status. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ToggleStatusResult"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      422: components["responses"]["Unprocessable"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  toggleConversationPriority: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
        /** @description The conversation's display id (per-account number), not its database id. Read with Rails' `to_i`, as `find_by!(display_id:)` casts it: `abc` finds nothing (404), `1abc` is 1. */
        id: components["parameters"]["conversationId"];
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["TogglePriorityRequest"];
      };
    };
    responses: {
      200: components["responses"]["Empty"];
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      422: components["responses"]["Unprocessable"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  assignConversation: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
        /** @description The conversation's display id (per-account number), not its database id. Read with Rails' `to_i`, as `find_by!(display_id:)` casts it: `abc` finds nothing (404), `1abc` is 1. */
        conversation_id: components["parameters"]["nestedConversationId"];
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["AssignmentRequest"];
      };
    };
    responses: {
      /** @description The assignee, the team, or null. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["AssignmentResult"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      422: components["responses"]["Unprocessable"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  listConversationLabels: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
        /** @description The conversation's display id (per-account number), not its database id. Read with Rails' `to_i`, as `find_by!(display_id:)` casts it: `abc` finds nothing (404), `1abc` is 1. */
        conversation_id: components["parameters"]["nestedConversationId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description `{"payload":[...]}` */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["LabelTitles"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      422: components["responses"]["Unprocessable"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  setConversationLabels: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
        /** @description The conversation's display id (per-account number), not its database id. Read with Rails' `to_i`, as `find_by!(display_id:)` casts it: `abc` finds nothing (404), `1abc` is 1. */
        conversation_id: components["parameters"]["nestedConversationId"];
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["LabelsRequest"];
      };
    };
    responses: {
      /** @description The labels now set. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["LabelTitles"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      422: components["responses"]["Unprocessable"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  listMessages: {
    parameters: {
      query?: {
        /** @description A message id (read with Ruby's `to_i`). */
        before?: number | string;
        /** @description A message id (read with Ruby's `to_i`). */
        after?: number | string;
        /** @description When present (any non-blank value), private notes and activity messages are left out. */
        filter_internal_messages?: string | boolean;
      };
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
        /** @description The conversation's display id (per-account number). */
        conversation_id: components["parameters"]["conversation_id"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The conversation's meta and a page of messages. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["MessageList"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      422: components["responses"]["Unprocessable"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  createMessage: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
        /** @description The conversation's display id (per-account number). */
        conversation_id: components["parameters"]["conversation_id"];
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["MessageRequest"];
        "multipart/form-data": components["schemas"]["MessageRequest"];
      };
    };
    responses: {
      /** @description The new message. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Message"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      422: components["responses"]["Unprocessable"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  replaceMessage: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
        /** @description The conversation's display id (per-account number). */
        conversation_id: components["parameters"]["conversation_id"];
        /** @description The message id. */
        message_id: components["parameters"]["message_id"];
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["MessageStatusRequest"];
      };
    };
    responses: {
      /** @description The message. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Message"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      /** @description The conversation is not in an API inbox. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ErrorMessage"];
        };
      };
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      422: components["responses"]["Unprocessable"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  deleteMessage: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
        /** @description The conversation's display id (per-account number). */
        conversation_id: components["parameters"]["conversation_id"];
        /** @description The message id. */
        message_id: components["parameters"]["message_id"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The deleted message. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Message"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  updateMessage: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
        /** @description The conversation's display id (per-account number). */
        conversation_id: components["parameters"]["conversation_id"];
        /** @description The message id. */
        message_id: components["parameters"]["message_id"];
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["MessageStatusRequest"];
      };
    };
    responses: {
      /** @description The message. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Message"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      /** @description The conversation is not in an API inbox. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ErrorMessage"];
        };
      };
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      422: components["responses"]["Unprocessable"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  retryMessage: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
        /** @description The conversation's display id (per-account number). */
        conversation_id: components["parameters"]["conversation_id"];
        /** @description The message id. */
        message_id: components["parameters"]["message_id"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The message. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Message"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      422: components["responses"]["Unprocessable"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  listWebhooks: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Every webhook of the account, in id order. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WebhookList"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  createWebhook: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["WebhookRequest"];
      };
    };
    responses: {
      /** @description The new webhook. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WebhookEnvelope"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      422: components["responses"]["Unprocessable"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  replaceWebhook: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
        /** @description The numeric id of the record. Chatwoot's routes constrain no id: any value reaches `find`, which reads it with `to_i` (`abc` finds nothing: 404; `1abc` is 1), as the fake does for every integer path parameter. */
        id: components["parameters"]["id"];
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["WebhookRequest"];
      };
    };
    responses: {
      /** @description The updated webhook. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WebhookEnvelope"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      422: components["responses"]["Unprocessable"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  deleteWebhook: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
        /** @description The numeric id of the record. Chatwoot's routes constrain no id: any value reaches `find`, which reads it with `to_i` (`abc` finds nothing: 404; `1abc` is 1), as the fake does for every integer path parameter. */
        id: components["parameters"]["id"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: components["responses"]["Empty"];
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  updateWebhook: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
        /** @description The numeric id of the record. Chatwoot's routes constrain no id: any value reaches `find`, which reads it with `to_i` (`abc` finds nothing: 404; `1abc` is 1), as the fake does for every integer path parameter. */
        id: components["parameters"]["id"];
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["WebhookRequest"];
      };
    };
    responses: {
      /** @description The updated webhook. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WebhookEnvelope"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      422: components["responses"]["Unprocessable"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  listTeams: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Every team of the account. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["TeamList"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  createTeam: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["TeamRequest"];
      };
    };
    responses: {
      /** @description The new team. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Team"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      422: components["responses"]["Unprocessable"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  getTeam: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
        /** @description The numeric id of the record. Chatwoot's routes constrain no id: any value reaches `find`, which reads it with `to_i` (`abc` finds nothing: 404; `1abc` is 1), as the fake does for every integer path parameter. */
        id: components["parameters"]["id"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The team. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Team"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  replaceTeam: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
        /** @description The numeric id of the record. Chatwoot's routes constrain no id: any value reaches `find`, which reads it with `to_i` (`abc` finds nothing: 404; `1abc` is 1), as the fake does for every integer path parameter. */
        id: components["parameters"]["id"];
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["TeamRequest"];
      };
    };
    responses: {
      /** @description The updated team. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Team"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      422: components["responses"]["Unprocessable"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  deleteTeam: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
        /** @description The numeric id of the record. Chatwoot's routes constrain no id: any value reaches `find`, which reads it with `to_i` (`abc` finds nothing: 404; `1abc` is 1), as the fake does for every integer path parameter. */
        id: components["parameters"]["id"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: components["responses"]["Empty"];
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  updateTeam: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
        /** @description The numeric id of the record. Chatwoot's routes constrain no id: any value reaches `find`, which reads it with `to_i` (`abc` finds nothing: 404; `1abc` is 1), as the fake does for every integer path parameter. */
        id: components["parameters"]["id"];
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["TeamRequest"];
      };
    };
    responses: {
      /** @description The updated team. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Team"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      422: components["responses"]["Unprocessable"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  listTeamMembers: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
        /** @description The team's id. */
        team_id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The members, as agents. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["TeamMemberList"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  addTeamMembers: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
        /** @description The team's id. */
        team_id: number;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["TeamMembersRequest"];
      };
    };
    responses: {
      /** @description The users added. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["TeamMembersChanged"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      422: components["responses"]["Unprocessable"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  removeTeamMembers: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
        /** @description The team's id. */
        team_id: number;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["TeamMembersRequest"];
      };
    };
    responses: {
      200: components["responses"]["Empty"];
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      422: components["responses"]["Unprocessable"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  updateTeamMembers: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
        /** @description The team's id. */
        team_id: number;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["TeamMembersRequest"];
      };
    };
    responses: {
      /** @description All members after the change. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["TeamMembersChanged"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      422: components["responses"]["Unprocessable"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  listLabels: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Every label of the account. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["LabelList"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  createLabel: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["LabelRequest"];
      };
    };
    responses: {
      /** @description The new label. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Label"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      422: components["responses"]["Unprocessable"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  getLabel: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
        /** @description The numeric id of the record. Chatwoot's routes constrain no id: any value reaches `find`, which reads it with `to_i` (`abc` finds nothing: 404; `1abc` is 1), as the fake does for every integer path parameter. */
        id: components["parameters"]["id"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The label. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Label"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  replaceLabel: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
        /** @description The numeric id of the record. Chatwoot's routes constrain no id: any value reaches `find`, which reads it with `to_i` (`abc` finds nothing: 404; `1abc` is 1), as the fake does for every integer path parameter. */
        id: components["parameters"]["id"];
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["LabelRequest"];
      };
    };
    responses: {
      /** @description The label. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Label"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      422: components["responses"]["Unprocessable"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  deleteLabel: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
        /** @description The numeric id of the record. Chatwoot's routes constrain no id: any value reaches `find`, which reads it with `to_i` (`abc` finds nothing: 404; `1abc` is 1), as the fake does for every integer path parameter. */
        id: components["parameters"]["id"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: components["responses"]["Empty"];
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  updateLabel: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
        /** @description The numeric id of the record. Chatwoot's routes constrain no id: any value reaches `find`, which reads it with `to_i` (`abc` finds nothing: 404; `1abc` is 1), as the fake does for every integer path parameter. */
        id: components["parameters"]["id"];
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["LabelRequest"];
      };
    };
    responses: {
      /** @description The label (see above for invalid changes). */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Label"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      422: components["responses"]["Unprocessable"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  listCannedResponses: {
    parameters: {
      query?: {
        /** @description Keeps responses whose short_code or content matches `ILIKE '%<search>%'` (so `%` and `_` in it are wildcards), ordered by relevance: short_code starting with it first, then short_code containing it, then content containing it (CannedResponse.order_by_search); ties in id order. Without it: every response in id order. */
        search?: string;
      };
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The canned responses. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CannedResponseList"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      422: components["responses"]["Unprocessable"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  createCannedResponse: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["CannedResponseRequest"];
      };
    };
    responses: {
      /** @description The new canned response. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CannedResponse"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      422: components["responses"]["Unprocessable"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  replaceCannedResponse: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
        /** @description The numeric id of the record. Chatwoot's routes constrain no id: any value reaches `find`, which reads it with `to_i` (`abc` finds nothing: 404; `1abc` is 1), as the fake does for every integer path parameter. */
        id: components["parameters"]["id"];
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["CannedResponseRequest"];
      };
    };
    responses: {
      /** @description The updated canned response. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CannedResponse"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      422: components["responses"]["Unprocessable"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  deleteCannedResponse: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
        /** @description The numeric id of the record. Chatwoot's routes constrain no id: any value reaches `find`, which reads it with `to_i` (`abc` finds nothing: 404; `1abc` is 1), as the fake does for every integer path parameter. */
        id: components["parameters"]["id"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: components["responses"]["Empty"];
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  updateCannedResponse: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
        /** @description The numeric id of the record. Chatwoot's routes constrain no id: any value reaches `find`, which reads it with `to_i` (`abc` finds nothing: 404; `1abc` is 1), as the fake does for every integer path parameter. */
        id: components["parameters"]["id"];
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["CannedResponseRequest"];
      };
    };
    responses: {
      /** @description The updated canned response. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CannedResponse"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      422: components["responses"]["Unprocessable"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  listCustomAttributeDefinitions: {
    parameters: {
      query?: {
        /** @description `conversation_attribute` / `0` or `contact_attribute` / `1`; blank or absent lists both models, any other value matches nothing (`with_attribute_model` scope). */
        attribute_model?: string;
      };
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The definitions. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CustomAttributeDefinitionList"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      422: components["responses"]["Unprocessable"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  createCustomAttributeDefinition: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["CustomAttributeDefinitionRequest"];
      };
    };
    responses: {
      /** @description The new definition. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CustomAttributeDefinition"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      422: components["responses"]["Unprocessable"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  getCustomAttributeDefinition: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
        /** @description The numeric id of the record. Chatwoot's routes constrain no id: any value reaches `find`, which reads it with `to_i` (`abc` finds nothing: 404; `1abc` is 1), as the fake does for every integer path parameter. */
        id: components["parameters"]["id"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The definition. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CustomAttributeDefinition"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  replaceCustomAttributeDefinition: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
        /** @description The numeric id of the record. Chatwoot's routes constrain no id: any value reaches `find`, which reads it with `to_i` (`abc` finds nothing: 404; `1abc` is 1), as the fake does for every integer path parameter. */
        id: components["parameters"]["id"];
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["CustomAttributeDefinitionRequest"];
      };
    };
    responses: {
      /** @description The updated definition. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CustomAttributeDefinition"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      422: components["responses"]["Unprocessable"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  deleteCustomAttributeDefinition: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
        /** @description The numeric id of the record. Chatwoot's routes constrain no id: any value reaches `find`, which reads it with `to_i` (`abc` finds nothing: 404; `1abc` is 1), as the fake does for every integer path parameter. */
        id: components["parameters"]["id"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deleted; empty body. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  updateCustomAttributeDefinition: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
        /** @description The numeric id of the record. Chatwoot's routes constrain no id: any value reaches `find`, which reads it with `to_i` (`abc` finds nothing: 404; `1abc` is 1), as the fake does for every integer path parameter. */
        id: components["parameters"]["id"];
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["CustomAttributeDefinitionRequest"];
      };
    };
    responses: {
      /** @description The updated definition. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CustomAttributeDefinition"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      422: components["responses"]["Unprocessable"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  listCustomFilters: {
    parameters: {
      query?: {
        /** @description `conversation` (the default when absent), `contact` or `report` (or 0/1/2). Any other value, even an empty one, matches nothing. */
        filter_type?: string;
      };
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The filters of that type. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CustomFilterList"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      422: components["responses"]["Unprocessable"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  createCustomFilter: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["CustomFilterRequest"];
      };
    };
    responses: {
      /** @description The new filter. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CustomFilter"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      /** @description Limit reached (see above), or a body without `custom_filter`. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["RecordInvalid"] | components["schemas"]["ErrorMessage"] | components["schemas"]["CustomFilterLimit"];
        };
      };
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  getCustomFilter: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
        /** @description The numeric id of the record. Chatwoot's routes constrain no id: any value reaches `find`, which reads it with `to_i` (`abc` finds nothing: 404; `1abc` is 1), as the fake does for every integer path parameter. */
        id: components["parameters"]["id"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The filter. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CustomFilter"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  replaceCustomFilter: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
        /** @description The numeric id of the record. Chatwoot's routes constrain no id: any value reaches `find`, which reads it with `to_i` (`abc` finds nothing: 404; `1abc` is 1), as the fake does for every integer path parameter. */
        id: components["parameters"]["id"];
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["CustomFilterRequest"];
      };
    };
    responses: {
      /** @description The updated filter. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CustomFilter"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      422: components["responses"]["Unprocessable"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  deleteCustomFilter: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
        /** @description The numeric id of the record. Chatwoot's routes constrain no id: any value reaches `find`, which reads it with `to_i` (`abc` finds nothing: 404; `1abc` is 1), as the fake does for every integer path parameter. */
        id: components["parameters"]["id"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deleted; empty body. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  updateCustomFilter: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
        /** @description The numeric id of the record. Chatwoot's routes constrain no id: any value reaches `find`, which reads it with `to_i` (`abc` finds nothing: 404; `1abc` is 1), as the fake does for every integer path parameter. */
        id: components["parameters"]["id"];
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["CustomFilterRequest"];
      };
    };
    responses: {
      /** @description The updated filter. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CustomFilter"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      422: components["responses"]["Unprocessable"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  listNotifications: {
    parameters: {
      query?: {
        /** @description `snoozed` keeps snoozed notifications in the list (read ones stay out unless `type=read`). */
        status?: string;
        /** @description `read` keeps read notifications in the list (snoozed ones stay out unless `status=snoozed`). */
        type?: string;
        /** @description `asc` or `desc` (any case). Rails raises on another direction (a 500); the fake answers 422 `{"message":"Sort order is not included in the list","attributes":["sort_order"]}`. */
        sort_order?: string;
        /** @description 1-based page, read with `to_i`; echoed back in `meta.current_page` as sent (a string). */
        page?: number | string;
      };
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of notifications. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["NotificationList"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      422: components["responses"]["Unprocessable"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  getNotificationUnreadCount: {
    parameters: {
      query?: {
        /** @description `snoozed` keeps snoozed notifications in the list (read ones stay out unless `type=read`). */
        status?: string;
        /** @description `read` keeps read notifications in the list (snoozed ones stay out unless `status=snoozed`). */
        type?: string;
      };
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The count. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["UnreadCount"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      422: components["responses"]["Unprocessable"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  readAllNotifications: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["ReadAllRequest"];
      };
    };
    responses: {
      200: components["responses"]["Empty"];
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      422: components["responses"]["Unprocessable"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  destroyAllNotifications: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["DestroyAllRequest"];
      };
    };
    responses: {
      200: components["responses"]["Empty"];
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      422: components["responses"]["Unprocessable"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  replaceNotification: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
        /** @description The numeric id of the record. Chatwoot's routes constrain no id: any value reaches `find`, which reads it with `to_i` (`abc` finds nothing: 404; `1abc` is 1), as the fake does for every integer path parameter. */
        id: components["parameters"]["id"];
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["JsonObject"];
      };
    };
    responses: {
      /** @description The notification record. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["NotificationRecord"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      422: components["responses"]["Unprocessable"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  deleteNotification: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
        /** @description The numeric id of the record. Chatwoot's routes constrain no id: any value reaches `find`, which reads it with `to_i` (`abc` finds nothing: 404; `1abc` is 1), as the fake does for every integer path parameter. */
        id: components["parameters"]["id"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: components["responses"]["Empty"];
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      422: components["responses"]["Unprocessable"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  readNotification: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
        /** @description The numeric id of the record. Chatwoot's routes constrain no id: any value reaches `find`, which reads it with `to_i` (`abc` finds nothing: 404; `1abc` is 1), as the fake does for every integer path parameter. */
        id: components["parameters"]["id"];
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["JsonObject"];
      };
    };
    responses: {
      /** @description The notification record. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["NotificationRecord"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      422: components["responses"]["Unprocessable"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  unreadNotification: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
        /** @description The numeric id of the record. Chatwoot's routes constrain no id: any value reaches `find`, which reads it with `to_i` (`abc` finds nothing: 404; `1abc` is 1), as the fake does for every integer path parameter. */
        id: components["parameters"]["id"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The notification record. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["NotificationRecord"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      422: components["responses"]["Unprocessable"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  snoozeNotification: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
        /** @description The numeric id of the record. Chatwoot's routes constrain no id: any value reaches `find`, which reads it with `to_i` (`abc` finds nothing: 404; `1abc` is 1), as the fake does for every integer path parameter. */
        id: components["parameters"]["id"];
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["SnoozeRequest"];
      };
    };
    responses: {
      /** @description The notification record. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["NotificationRecord"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      422: components["responses"]["Unprocessable"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  getNotificationSettings: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The setting. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["NotificationSetting"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      422: components["responses"]["Unprocessable"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  replaceNotificationSettings: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["NotificationSettingRequest"];
      };
    };
    responses: {
      /** @description The setting. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["NotificationSetting"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      422: components["responses"]["Unprocessable"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  updateNotificationSettings: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["NotificationSettingRequest"];
      };
    };
    responses: {
      /** @description The setting. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["NotificationSetting"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      422: components["responses"]["Unprocessable"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  globalSearch: {
    parameters: {
      query?: {
        /** @description The search text (`params[:q].to_s.strip`); a blank one matches every record (no article). */
        q?: string;
        /** @description 1-based page of 15 results of each kind, read with `to_i`. */
        page?: number | string;
      };
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The results. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["SearchAll"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      422: components["responses"]["Unprocessable"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  globalSearchConversations: {
    parameters: {
      query?: {
        /** @description The search text (`params[:q].to_s.strip`); a blank one matches every record (no article). */
        q?: string;
        /** @description 1-based page of 15 results of each kind, read with `to_i`. */
        page?: number | string;
      };
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The results. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["SearchConversations"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      422: components["responses"]["Unprocessable"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  globalSearchContacts: {
    parameters: {
      query?: {
        /** @description The search text (`params[:q].to_s.strip`); a blank one matches every record (no article). */
        q?: string;
        /** @description 1-based page of 15 results of each kind, read with `to_i`. */
        page?: number | string;
      };
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The results. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["SearchContacts"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      422: components["responses"]["Unprocessable"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  globalSearchMessages: {
    parameters: {
      query?: {
        /** @description The search text (`params[:q].to_s.strip`); a blank one matches every record (no article). */
        q?: string;
        /** @description 1-based page of 15 results of each kind, read with `to_i`. */
        page?: number | string;
      };
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The results. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["SearchMessages"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      422: components["responses"]["Unprocessable"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  globalSearchArticles: {
    parameters: {
      query?: {
        /** @description The search text (`params[:q].to_s.strip`); a blank one matches every record (no article). */
        q?: string;
        /** @description 1-based page of 15 results of each kind, read with `to_i`. */
        page?: number | string;
      };
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The results. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["SearchArticles"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      422: components["responses"]["Unprocessable"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  listAutomationRules: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Every rule of the account. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["AutomationRuleList"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  createAutomationRule: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["AutomationRuleRequest"];
      };
    };
    responses: {
      /** @description The new rule. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["AutomationRule"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      /** @description Unsupported condition attribute or action, bad query operators, unknown attachment; a missing `name`, `event_name`, `conditions` or `actions` (Rails answers 500 here — NOT NULL column or `nil.each`; the fake answers 422 `{"error":{"name":["can't be blank"]}}`). */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ErrorMessages"] | components["schemas"]["RecordInvalid"];
        };
      };
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  getAutomationRule: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
        /** @description The numeric id of the record. Chatwoot's routes constrain no id: any value reaches `find`, which reads it with `to_i` (`abc` finds nothing: 404; `1abc` is 1), as the fake does for every integer path parameter. */
        id: components["parameters"]["id"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The rule, wrapped in `payload`. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["AutomationRuleEnvelope"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  replaceAutomationRule: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
        /** @description The numeric id of the record. Chatwoot's routes constrain no id: any value reaches `find`, which reads it with `to_i` (`abc` finds nothing: 404; `1abc` is 1), as the fake does for every integer path parameter. */
        id: components["parameters"]["id"];
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["AutomationRuleRequest"];
      };
    };
    responses: {
      /** @description The updated rule, wrapped in `payload`. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["AutomationRuleEnvelope"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      /** @description Validation failure. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ErrorMessages"] | components["schemas"]["RecordInvalid"];
        };
      };
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  deleteAutomationRule: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
        /** @description The numeric id of the record. Chatwoot's routes constrain no id: any value reaches `find`, which reads it with `to_i` (`abc` finds nothing: 404; `1abc` is 1), as the fake does for every integer path parameter. */
        id: components["parameters"]["id"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: components["responses"]["Empty"];
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  updateAutomationRule: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
        /** @description The numeric id of the record. Chatwoot's routes constrain no id: any value reaches `find`, which reads it with `to_i` (`abc` finds nothing: 404; `1abc` is 1), as the fake does for every integer path parameter. */
        id: components["parameters"]["id"];
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["AutomationRuleRequest"];
      };
    };
    responses: {
      /** @description The updated rule, wrapped in `payload`. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["AutomationRuleEnvelope"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      /** @description Validation failure. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ErrorMessages"] | components["schemas"]["RecordInvalid"];
        };
      };
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  cloneAutomationRule: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
        /** @description The rule to copy. config/routes.rb declares `post :clone` inside `resources :automation_rules` without `on: :member`, so the parameter is `automation_rule_id`. */
        automation_rule_id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The copy, wrapped in `payload`. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["AutomationRuleEnvelope"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  listAgentBots: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A plain array of bots. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["AgentBotList"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  createAgentBot: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["AgentBotRequest"];
        "multipart/form-data": components["schemas"]["AgentBotRequestMultipart"];
      };
    };
    responses: {
      /** @description The new bot. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["AgentBot"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      422: components["responses"]["Unprocessable"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  getAgentBot: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
        /** @description The numeric id of the record. Chatwoot's routes constrain no id: any value reaches `find`, which reads it with `to_i` (`abc` finds nothing: 404; `1abc` is 1), as the fake does for every integer path parameter. */
        id: components["parameters"]["id"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The bot. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["AgentBot"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  replaceAgentBot: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
        /** @description The numeric id of the record. Chatwoot's routes constrain no id: any value reaches `find`, which reads it with `to_i` (`abc` finds nothing: 404; `1abc` is 1), as the fake does for every integer path parameter. */
        id: components["parameters"]["id"];
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["AgentBotRequest"];
        "multipart/form-data": components["schemas"]["AgentBotRequestMultipart"];
      };
    };
    responses: {
      /** @description The updated bot. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["AgentBot"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      422: components["responses"]["Unprocessable"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  deleteAgentBot: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
        /** @description The numeric id of the record. Chatwoot's routes constrain no id: any value reaches `find`, which reads it with `to_i` (`abc` finds nothing: 404; `1abc` is 1), as the fake does for every integer path parameter. */
        id: components["parameters"]["id"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: components["responses"]["Empty"];
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  updateAgentBot: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
        /** @description The numeric id of the record. Chatwoot's routes constrain no id: any value reaches `find`, which reads it with `to_i` (`abc` finds nothing: 404; `1abc` is 1), as the fake does for every integer path parameter. */
        id: components["parameters"]["id"];
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["AgentBotRequest"];
        "multipart/form-data": components["schemas"]["AgentBotRequestMultipart"];
      };
    };
    responses: {
      /** @description The updated bot. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["AgentBot"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      422: components["responses"]["Unprocessable"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  deleteAgentBotAvatar: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
        /** @description The numeric id of the record. Chatwoot's routes constrain no id: any value reaches `find`, which reads it with `to_i` (`abc` finds nothing: 404; `1abc` is 1), as the fake does for every integer path parameter. */
        id: components["parameters"]["id"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The bot. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["AgentBot"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  resetAgentBotAccessToken: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
        /** @description The numeric id of the record. Chatwoot's routes constrain no id: any value reaches `find`, which reads it with `to_i` (`abc` finds nothing: 404; `1abc` is 1), as the fake does for every integer path parameter. */
        id: components["parameters"]["id"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The bot with its new `access_token`. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["AgentBot"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  listIntegrationApps: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The active apps with their hooks in this account. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["AppList"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  getIntegrationApp: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
        /** @description The app id from config/integration/apps.yml, e.g. `openai`. */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The app (no envelope). */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["App"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  createIntegrationHook: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["HookRequest"];
      };
    };
    responses: {
      /** @description The new hook. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Hook"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      422: components["responses"]["Unprocessable"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  replaceIntegrationHook: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
        /** @description The hook's id (Rails names it `id`; Chatwoot's swagger calls it hook_id). */
        hook_id: number;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["HookRequest"];
      };
    };
    responses: {
      /** @description The updated hook. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Hook"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      422: components["responses"]["Unprocessable"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  deleteIntegrationHook: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
        /** @description The hook's id (Rails names it `id`; Chatwoot's swagger calls it hook_id). */
        hook_id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: components["responses"]["Empty"];
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  updateIntegrationHook: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
        /** @description The hook's id (Rails names it `id`; Chatwoot's swagger calls it hook_id). */
        hook_id: number;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["HookRequest"];
      };
    };
    responses: {
      /** @description The updated hook. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Hook"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      422: components["responses"]["Unprocessable"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  getProfile: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The user, with every account membership. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Profile"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      413: components["responses"]["PayloadTooLarge"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  replaceProfile: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["ProfileRequest"];
        "multipart/form-data": components["schemas"]["ProfileRequestMultipart"];
      };
    };
    responses: {
      /** @description The updated user. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Profile"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      413: components["responses"]["PayloadTooLarge"];
      422: components["responses"]["Unprocessable"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  updateProfile: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["ProfileRequest"];
        "multipart/form-data": components["schemas"]["ProfileRequestMultipart"];
      };
    };
    responses: {
      /** @description The updated user. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Profile"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      413: components["responses"]["PayloadTooLarge"];
      422: components["responses"]["Unprocessable"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  deleteProfileAvatar: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The user, `avatar_url` "". */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Profile"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      413: components["responses"]["PayloadTooLarge"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  setProfileAvailability: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["AccountSettingRequest"];
      };
    };
    responses: {
      /** @description The user. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Profile"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      422: components["responses"]["Unprocessable"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  setProfileAutoOffline: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["AccountSettingRequest"];
      };
    };
    responses: {
      /** @description The user. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Profile"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      422: components["responses"]["Unprocessable"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  setProfileActiveAccount: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["AccountSettingRequest"];
      };
    };
    responses: {
      200: components["responses"]["Empty"];
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      422: components["responses"]["Unprocessable"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  resetProfileAccessToken: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The user with the new token. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Profile"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      413: components["responses"]["PayloadTooLarge"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  resendProfileConfirmation: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: components["responses"]["Empty"];
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      413: components["responses"]["PayloadTooLarge"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  listPortals: {
    parameters: {
      query?: {
        /** @description Echoed raw in meta.current_page; the list is not paginated. */
        page?: string;
      };
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The portals, in id order. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["PortalList"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      422: components["responses"]["Unprocessable"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  createPortal: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["PortalRequest"];
      };
    };
    responses: {
      /** @description The new portal (no envelope). */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Portal"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      422: components["responses"]["Unprocessable"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  getPortal: {
    parameters: {
      query?: {
        locale?: string;
      };
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
        /** @description The portal's slug (Chatwoot looks portals up with `find_by(slug:)`). */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The portal (no envelope). */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Portal"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      422: components["responses"]["Unprocessable"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  replacePortal: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
        /** @description The portal's slug (Chatwoot looks portals up with `find_by(slug:)`). */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["PortalRequest"];
      };
    };
    responses: {
      /** @description The updated portal. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Portal"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      /** @description Validation failure (errors hash). */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["help_center_ErrorMessages"] | components["schemas"]["RecordInvalid"];
        };
      };
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  deletePortal: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
        /** @description The portal's slug (Chatwoot looks portals up with `find_by(slug:)`). */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: components["responses"]["Empty"];
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  updatePortal: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
        /** @description The portal's slug (Chatwoot looks portals up with `find_by(slug:)`). */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["PortalRequest"];
      };
    };
    responses: {
      /** @description The updated portal. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Portal"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      /** @description Validation failure (errors hash). */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["help_center_ErrorMessages"] | components["schemas"]["RecordInvalid"];
        };
      };
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  listCategories: {
    parameters: {
      query?: {
        locale?: string;
        /** @description 1-based page (25 a page); echoed raw in meta.current_page. */
        page?: string;
      };
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
        /** @description The portal's slug. */
        portal_id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of categories. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CategoryList"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      422: components["responses"]["Unprocessable"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  createCategory: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
        /** @description The portal's slug. */
        portal_id: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["CategoryRequest"];
      };
    };
    responses: {
      /** @description The new category in `payload`. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CategoryEnvelope"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      422: components["responses"]["Unprocessable"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  getCategory: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
        /** @description The portal's slug. */
        portal_id: string;
        /** @description The numeric id of the record. Chatwoot's routes constrain no id: any value reaches `find`, which reads it with `to_i` (`abc` finds nothing: 404; `1abc` is 1), as the fake does for every integer path parameter. */
        id: components["parameters"]["id"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The category in `payload`. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CategoryEnvelope"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  replaceCategory: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
        /** @description The portal's slug. */
        portal_id: string;
        /** @description The numeric id of the record. Chatwoot's routes constrain no id: any value reaches `find`, which reads it with `to_i` (`abc` finds nothing: 404; `1abc` is 1), as the fake does for every integer path parameter. */
        id: components["parameters"]["id"];
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["CategoryRequest"];
      };
    };
    responses: {
      /** @description The updated category in `payload`. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CategoryEnvelope"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      422: components["responses"]["Unprocessable"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  deleteCategory: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
        /** @description The portal's slug. */
        portal_id: string;
        /** @description The numeric id of the record. Chatwoot's routes constrain no id: any value reaches `find`, which reads it with `to_i` (`abc` finds nothing: 404; `1abc` is 1), as the fake does for every integer path parameter. */
        id: components["parameters"]["id"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: components["responses"]["Empty"];
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  updateCategory: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
        /** @description The portal's slug. */
        portal_id: string;
        /** @description The numeric id of the record. Chatwoot's routes constrain no id: any value reaches `find`, which reads it with `to_i` (`abc` finds nothing: 404; `1abc` is 1), as the fake does for every integer path parameter. */
        id: components["parameters"]["id"];
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["CategoryRequest"];
      };
    };
    responses: {
      /** @description The updated category in `payload`. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CategoryEnvelope"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      422: components["responses"]["Unprocessable"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  listArticles: {
    parameters: {
      query?: {
        category_slug?: string;
        locale?: string;
        /** @description Words matched as prefixes in title, description and content. */
        query?: string;
        status?: string;
        author_id?: string;
        /** @description 1-based page (25 a page); echoed raw in meta.current_page. */
        page?: string;
      };
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
        /** @description The portal's slug. */
        portal_id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of articles. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ArticleList"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      422: components["responses"]["Unprocessable"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  createArticle: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
        /** @description The portal's slug. */
        portal_id: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["ArticleRequest"];
      };
    };
    responses: {
      /** @description The new article in `payload`. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ArticleEnvelope"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      422: components["responses"]["Unprocessable"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  getArticle: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
        /** @description The portal's slug. */
        portal_id: string;
        /** @description The numeric id of the record. Chatwoot's routes constrain no id: any value reaches `find`, which reads it with `to_i` (`abc` finds nothing: 404; `1abc` is 1), as the fake does for every integer path parameter. */
        id: components["parameters"]["id"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The article in `payload`. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ArticleEnvelope"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  replaceArticle: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
        /** @description The portal's slug. */
        portal_id: string;
        /** @description The numeric id of the record. Chatwoot's routes constrain no id: any value reaches `find`, which reads it with `to_i` (`abc` finds nothing: 404; `1abc` is 1), as the fake does for every integer path parameter. */
        id: components["parameters"]["id"];
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["ArticleRequest"];
      };
    };
    responses: {
      /** @description The updated article in `payload`. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ArticleEnvelope"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      422: components["responses"]["Unprocessable"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  deleteArticle: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
        /** @description The portal's slug. */
        portal_id: string;
        /** @description The numeric id of the record. Chatwoot's routes constrain no id: any value reaches `find`, which reads it with `to_i` (`abc` finds nothing: 404; `1abc` is 1), as the fake does for every integer path parameter. */
        id: components["parameters"]["id"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: components["responses"]["Empty"];
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  updateArticle: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
        /** @description The portal's slug. */
        portal_id: string;
        /** @description The numeric id of the record. Chatwoot's routes constrain no id: any value reaches `find`, which reads it with `to_i` (`abc` finds nothing: 404; `1abc` is 1), as the fake does for every integer path parameter. */
        id: components["parameters"]["id"];
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["ArticleRequest"];
      };
    };
    responses: {
      /** @description The updated article in `payload`. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ArticleEnvelope"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      422: components["responses"]["Unprocessable"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  searchConversations: {
    parameters: {
      query?: {
        /** @description Case-insensitive substring of an incoming or outgoing message's content. When present the status filter is skipped (ConversationFinder runs `filter_by_status unless params[:q]`). */
        q?: components["parameters"]["q"];
        /** @description `open` (default), `resolved`, `pending`, `snoozed` or `all`. Ignored when `q` is given. An unknown value matches nothing (Rails casts it to NULL). */
        status?: components["parameters"]["status"];
        /** @description `me`, `unassigned`, `assigned` or `all` (default; unknown values mean all). */
        assignee_type?: components["parameters"]["assignee_type"];
        /** @description Only this inbox (among the caller's inboxes; another inbox gives an empty list). */
        inbox_id?: components["parameters"]["inbox_id"];
        /** @description Only this team's conversations; an unknown team answers 404 (`teams.find`). */
        team_id?: components["parameters"]["team_id"];
        /** @description Conversations carrying ANY of these labels (`tagged_with(labels, any: true)`). */
        labels?: components["parameters"]["parameters-labels"];
        /** @description `last_activity_at_desc` (default), `last_activity_at_asc`, `created_at_desc`, `created_at_asc`, `priority_desc`, `priority_asc`, `waiting_since_desc`, `waiting_since_asc`; legacy `latest`, `sort_on_created_at`, `sort_on_priority`, `sort_on_waiting_since`. Priority and waiting_since sort NULLS LAST. */
        sort_by?: components["parameters"]["sort_by"];
        /** @description `unattended` (no first reply yet, or waiting for a reply), `mention` (a private note mentions the caller), `participating` (the caller is one of the conversation's participants: see /conversations/{id}/participants; assignees and mentioned users become participants). */
        conversation_type?: components["parameters"]["conversation_type"];
        /** @description 1-based page number; pages past the end are empty. */
        page?: components["parameters"]["parameters-page"];
      };
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The counts and one page of matching conversations. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ConversationSearchResult"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      422: components["responses"]["Unprocessable"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  setConversationCustomAttributes: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
        /** @description The conversation's display id (per-account number), not its database id. Read with Rails' `to_i`, as `find_by!(display_id:)` casts it: `abc` finds nothing (404), `1abc` is 1. */
        id: components["parameters"]["conversationId"];
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["CustomAttributesRequest"];
      };
    };
    responses: {
      /** @description `{"custom_attributes":{...}}` */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CustomAttributesResult"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      422: components["responses"]["Unprocessable"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  muteConversation: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
        /** @description The conversation's display id (per-account number), not its database id. Read with Rails' `to_i`, as `find_by!(display_id:)` casts it: `abc` finds nothing (404), `1abc` is 1. */
        id: components["parameters"]["conversationId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: components["responses"]["Empty"];
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  unmuteConversation: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
        /** @description The conversation's display id (per-account number), not its database id. Read with Rails' `to_i`, as `find_by!(display_id:)` casts it: `abc` finds nothing (404), `1abc` is 1. */
        id: components["parameters"]["conversationId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: components["responses"]["Empty"];
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  markConversationUnread: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
        /** @description The conversation's display id (per-account number), not its database id. Read with Rails' `to_i`, as `find_by!(display_id:)` casts it: `abc` finds nothing (404), `1abc` is 1. */
        id: components["parameters"]["conversationId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The conversation. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Conversation"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  updateConversationLastSeen: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
        /** @description The conversation's display id (per-account number), not its database id. Read with Rails' `to_i`, as `find_by!(display_id:)` casts it: `abc` finds nothing (404), `1abc` is 1. */
        id: components["parameters"]["conversationId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The conversation. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Conversation"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  toggleConversationTypingStatus: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
        /** @description The conversation's display id (per-account number), not its database id. Read with Rails' `to_i`, as `find_by!(display_id:)` casts it: `abc` finds nothing (404), `1abc` is 1. */
        id: components["parameters"]["conversationId"];
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["TypingStatusRequest"];
      };
    };
    responses: {
      200: components["responses"]["Empty"];
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      422: components["responses"]["Unprocessable"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  sendConversationTranscript: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
        /** @description The conversation's display id (per-account number), not its database id. Read with Rails' `to_i`, as `find_by!(display_id:)` casts it: `abc` finds nothing (404), `1abc` is 1. */
        id: components["parameters"]["conversationId"];
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["TranscriptRequest"];
      };
    };
    responses: {
      200: components["responses"]["Empty"];
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      422: components["responses"]["Unprocessable"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  listConversationAttachments: {
    parameters: {
      query?: {
        /** @description 1-based page number; pages past the end are empty. */
        page?: components["parameters"]["parameters-page"];
      };
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
        /** @description The conversation's display id (per-account number), not its database id. Read with Rails' `to_i`, as `find_by!(display_id:)` casts it: `abc` finds nothing (404), `1abc` is 1. */
        id: components["parameters"]["conversationId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of attachments. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ConversationAttachments"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      422: components["responses"]["Unprocessable"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  listConversationParticipants: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
        /** @description The conversation's display id (per-account number), not its database id. Read with Rails' `to_i`, as `find_by!(display_id:)` casts it: `abc` finds nothing (404), `1abc` is 1. */
        conversation_id: components["parameters"]["nestedConversationId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The participants as agents. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Participants"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  replaceConversationParticipants: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
        /** @description The conversation's display id (per-account number), not its database id. Read with Rails' `to_i`, as `find_by!(display_id:)` casts it: `abc` finds nothing (404), `1abc` is 1. */
        conversation_id: components["parameters"]["nestedConversationId"];
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["ParticipantsRequest"];
      };
    };
    responses: {
      /** @description All participants. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Participants"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      422: components["responses"]["Unprocessable"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  addConversationParticipants: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
        /** @description The conversation's display id (per-account number), not its database id. Read with Rails' `to_i`, as `find_by!(display_id:)` casts it: `abc` finds nothing (404), `1abc` is 1. */
        conversation_id: components["parameters"]["nestedConversationId"];
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["ParticipantsRequest"];
      };
    };
    responses: {
      /** @description The users added. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Participants"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      422: components["responses"]["Unprocessable"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  removeConversationParticipants: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
        /** @description The conversation's display id (per-account number), not its database id. Read with Rails' `to_i`, as `find_by!(display_id:)` casts it: `abc` finds nothing (404), `1abc` is 1. */
        conversation_id: components["parameters"]["nestedConversationId"];
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["ParticipantsRequest"];
      };
    };
    responses: {
      200: components["responses"]["Empty"];
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      422: components["responses"]["Unprocessable"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  updateConversationParticipants: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
        /** @description The conversation's display id (per-account number), not its database id. Read with Rails' `to_i`, as `find_by!(display_id:)` casts it: `abc` finds nothing (404), `1abc` is 1. */
        conversation_id: components["parameters"]["nestedConversationId"];
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["ParticipantsRequest"];
      };
    };
    responses: {
      /** @description All participants. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Participants"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      422: components["responses"]["Unprocessable"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  listContactLabels: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
        /** @description The contact's id. */
        contact_id: components["parameters"]["contact_id"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description `{"payload":[...]}` */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["LabelTitles"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  setContactLabels: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
        /** @description The contact's id. */
        contact_id: components["parameters"]["contact_id"];
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["ContactLabelsRequest"];
      };
    };
    responses: {
      /** @description The labels now set. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["LabelTitles"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      422: components["responses"]["Unprocessable"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  listContactNotes: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
        /** @description The contact's id. */
        contact_id: components["parameters"]["contact_id"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The notes, newest first. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["NoteList"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  createContactNote: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
        /** @description The contact's id. */
        contact_id: components["parameters"]["contact_id"];
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["NoteRequest"];
      };
    };
    responses: {
      /** @description The note. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Note"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      422: components["responses"]["Unprocessable"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  getContactNote: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
        /** @description The contact's id. */
        contact_id: components["parameters"]["contact_id"];
        /** @description The numeric id of the record. Chatwoot's routes constrain no id: any value reaches `find`, which reads it with `to_i` (`abc` finds nothing: 404; `1abc` is 1), as the fake does for every integer path parameter. */
        id: components["parameters"]["id"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The note. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Note"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  replaceContactNote: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
        /** @description The contact's id. */
        contact_id: components["parameters"]["contact_id"];
        /** @description The numeric id of the record. Chatwoot's routes constrain no id: any value reaches `find`, which reads it with `to_i` (`abc` finds nothing: 404; `1abc` is 1), as the fake does for every integer path parameter. */
        id: components["parameters"]["id"];
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["NoteRequest"];
      };
    };
    responses: {
      /** @description The note. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Note"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      422: components["responses"]["Unprocessable"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  deleteContactNote: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
        /** @description The contact's id. */
        contact_id: components["parameters"]["contact_id"];
        /** @description The numeric id of the record. Chatwoot's routes constrain no id: any value reaches `find`, which reads it with `to_i` (`abc` finds nothing: 404; `1abc` is 1), as the fake does for every integer path parameter. */
        id: components["parameters"]["id"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: components["responses"]["Empty"];
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  updateContactNote: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
        /** @description The contact's id. */
        contact_id: components["parameters"]["contact_id"];
        /** @description The numeric id of the record. Chatwoot's routes constrain no id: any value reaches `find`, which reads it with `to_i` (`abc` finds nothing: 404; `1abc` is 1), as the fake does for every integer path parameter. */
        id: components["parameters"]["id"];
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["NoteRequest"];
      };
    };
    responses: {
      /** @description The note. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Note"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      422: components["responses"]["Unprocessable"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  exportContacts: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["ContactExportRequest"];
      };
    };
    responses: {
      /** @description Empty body. */
      200: {
        headers: {
          /** @description "We will notify you once contacts export file is ready to view." */
          Message?: string;
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      422: components["responses"]["Unprocessable"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  importContacts: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "multipart/form-data": components["schemas"]["ContactImportRequest"];
        "application/json": Record<string, unknown>;
      };
    };
    responses: {
      200: components["responses"]["Empty"];
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      422: components["responses"]["Unprocessable"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  mergeContacts: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["ContactMergeRequest"];
      };
    };
    responses: {
      /** @description The base contact. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Contact"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      422: components["responses"]["Unprocessable"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  getReportTimeseries: {
    parameters: {
      query?: {
        /** @description Count metrics `conversations_count`, `incoming_messages_count`, `outgoing_messages_count`, `resolutions_count`, `bot_resolutions_count`, `bot_handoffs_count`; average metrics (seconds) `avg_first_response_time`, `avg_resolution_time`, `reply_time`. Anything else answers `{}`. */
        metric?: components["parameters"]["metric"];
        /** @description `account`, `agent`, `inbox`, `label` or `team`. Rails calls `params[:type].to_sym` before anything else, so a missing type is an unhandled NoMethodError, and an unknown one fails the same way once the builder asks it for records: Rails answers 500 there; the fake answers 422 (`Type can't be blank` / `Type is not included in the list`). */
        type?: components["parameters"]["type"];
        /** @description The agent (user), inbox, label or team id for those types; unknown ids answer 404. */
        id?: components["parameters"]["parameters-id"];
        /** @description Range start, unix seconds (`DateTime.strptime(since, '%s')`: anything but digits is a 500 in Rails; the fake answers 422 `Since is invalid`). Without both `since` and `until` the range is nil and ranged queries match nothing. */
        since?: components["parameters"]["since"];
        /** @description Range end (exclusive), unix seconds. A time series of more than 200,000 buckets (23 years by the hour) answers 422 `Until is too far from since` in the fake. */
        until?: components["parameters"]["until"];
        /** @description `day` (default, also for unknown values), `week` (starting on Sunday, groupdate's default), `month`, `year` or `hour`. */
        group_by?: components["parameters"]["group_by"];
        /** @description Averages use `value_in_business_hours` (the inbox's working hours only; 0 for inboxes with working hours off) when true (`ActiveModel::Type::Boolean` cast). */
        business_hours?: components["parameters"]["business_hours"];
        /** @description Hours from UTC (e.g. `5.5`, `-8`) for the bucket boundaries and timestamps; blank or an offset no time zone has means UTC. The fake applies it as a fixed offset (no daylight saving). */
        timezone_offset?: components["parameters"]["timezone_offset"];
      };
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The series (plain array), or `{}` for an unknown metric. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ReportTimeseries"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      422: components["responses"]["InvalidParameter"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  getReportSummary: {
    parameters: {
      query?: {
        /** @description `account`, `agent`, `inbox`, `label` or `team`. Rails calls `params[:type].to_sym` before anything else, so a missing type is an unhandled NoMethodError, and an unknown one fails the same way once the builder asks it for records: Rails answers 500 there; the fake answers 422 (`Type can't be blank` / `Type is not included in the list`). */
        type?: components["parameters"]["type"];
        /** @description The agent (user), inbox, label or team id for those types; unknown ids answer 404. */
        id?: components["parameters"]["parameters-id"];
        /** @description Range start, unix seconds (`DateTime.strptime(since, '%s')`: anything but digits is a 500 in Rails; the fake answers 422 `Since is invalid`). Without both `since` and `until` the range is nil and ranged queries match nothing. */
        since?: components["parameters"]["since"];
        /** @description Range end (exclusive), unix seconds. A time series of more than 200,000 buckets (23 years by the hour) answers 422 `Until is too far from since` in the fake. */
        until?: components["parameters"]["until"];
        /** @description Averages use `value_in_business_hours` (the inbox's working hours only; 0 for inboxes with working hours off) when true (`ActiveModel::Type::Boolean` cast). */
        business_hours?: components["parameters"]["business_hours"];
        /** @description Hours from UTC (e.g. `5.5`, `-8`) for the bucket boundaries and timestamps; blank or an offset no time zone has means UTC. The fake applies it as a fixed offset (no daylight saving). */
        timezone_offset?: components["parameters"]["timezone_offset"];
      };
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The summary. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ReportSummary"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      422: components["responses"]["InvalidParameter"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  getReportBotSummary: {
    parameters: {
      query?: {
        /** @description `account`, `agent`, `inbox`, `label` or `team`. Rails calls `params[:type].to_sym` before anything else, so a missing type is an unhandled NoMethodError, and an unknown one fails the same way once the builder asks it for records: Rails answers 500 there; the fake answers 422 (`Type can't be blank` / `Type is not included in the list`). */
        type?: components["parameters"]["type"];
        /** @description The agent (user), inbox, label or team id for those types; unknown ids answer 404. */
        id?: components["parameters"]["parameters-id"];
        /** @description Range start, unix seconds (`DateTime.strptime(since, '%s')`: anything but digits is a 500 in Rails; the fake answers 422 `Since is invalid`). Without both `since` and `until` the range is nil and ranged queries match nothing. */
        since?: components["parameters"]["since"];
        /** @description Range end (exclusive), unix seconds. A time series of more than 200,000 buckets (23 years by the hour) answers 422 `Until is too far from since` in the fake. */
        until?: components["parameters"]["until"];
        /** @description Averages use `value_in_business_hours` (the inbox's working hours only; 0 for inboxes with working hours off) when true (`ActiveModel::Type::Boolean` cast). */
        business_hours?: components["parameters"]["business_hours"];
      };
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The bot summary. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["BotSummary"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      422: components["responses"]["InvalidParameter"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  getConversationMetrics: {
    parameters: {
      query?: {
        /** @description `account`, `agent`, `inbox`, `label` or `team`. Rails calls `params[:type].to_sym` before anything else, so a missing type is an unhandled NoMethodError, and an unknown one fails the same way once the builder asks it for records: Rails answers 500 there; the fake answers 422 (`Type can't be blank` / `Type is not included in the list`). */
        type?: components["parameters"]["type"];
        /** @description Page of agents (25 per page) for `type=agent`. */
        page?: components["parameters"]["components-parameters-page"];
      };
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The account counts, or the agents with theirs. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ConversationMetrics"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      422: components["responses"]["EmptyUnprocessable"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  getFirstResponseTimeDistribution: {
    parameters: {
      query?: {
        /** @description Range start, unix seconds (`DateTime.strptime(since, '%s')`: anything but digits is a 500 in Rails; the fake answers 422 `Since is invalid`). Without both `since` and `until` the range is nil and ranged queries match nothing. */
        since?: components["parameters"]["since"];
        /** @description Range end (exclusive), unix seconds. A time series of more than 200,000 buckets (23 years by the hour) answers 422 `Until is too far from since` in the fake. */
        until?: components["parameters"]["until"];
      };
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Buckets per channel type. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["FirstResponseTimeDistribution"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      422: components["responses"]["InvalidParameter"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  getInboxLabelMatrix: {
    parameters: {
      query?: {
        /** @description Range start, unix seconds (`DateTime.strptime(since, '%s')`: anything but digits is a 500 in Rails; the fake answers 422 `Since is invalid`). Without both `since` and `until` the range is nil and ranged queries match nothing. */
        since?: components["parameters"]["since"];
        /** @description Range end (exclusive), unix seconds. A time series of more than 200,000 buckets (23 years by the hour) answers 422 `Until is too far from since` in the fake. */
        until?: components["parameters"]["until"];
        /** @description Only these inboxes (rows of the matrix, and conversations counted). */
        inbox_ids?: components["parameters"]["inbox_ids"];
        /** @description Only these labels (columns of the matrix). */
        label_ids?: components["parameters"]["label_ids"];
      };
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The matrix. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["InboxLabelMatrix"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      422: components["responses"]["InvalidParameter"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  getOutgoingMessagesCount: {
    parameters: {
      query?: {
        /** @description `agent`, `team`, `inbox` or `label`; anything else (or nothing) answers 422 with an empty body. */
        group_by?: components["parameters"]["outgoing_group_by"];
        /** @description Range start, unix seconds (`DateTime.strptime(since, '%s')`: anything but digits is a 500 in Rails; the fake answers 422 `Since is invalid`). Without both `since` and `until` the range is nil and ranged queries match nothing. */
        since?: components["parameters"]["since"];
        /** @description Range end (exclusive), unix seconds. A time series of more than 200,000 buckets (23 years by the hour) answers 422 `Until is too far from since` in the fake. */
        until?: components["parameters"]["until"];
      };
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One entry per group. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["OutgoingMessagesCount"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      422: components["responses"]["EmptyUnprocessable"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  getReportBotMetrics: {
    parameters: {
      query?: {
        /** @description Range start, unix seconds (`DateTime.strptime(since, '%s')`: anything but digits is a 500 in Rails; the fake answers 422 `Since is invalid`). Without both `since` and `until` the range is nil and ranged queries match nothing. */
        since?: components["parameters"]["since"];
        /** @description Range end (exclusive), unix seconds. A time series of more than 200,000 buckets (23 years by the hour) answers 422 `Until is too far from since` in the fake. */
        until?: components["parameters"]["until"];
      };
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The metrics. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["BotMetrics"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      422: components["responses"]["InvalidParameter"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  getAgentsReportCsv: {
    parameters: {
      query?: {
        /** @description Range start, unix seconds (`DateTime.strptime(since, '%s')`: anything but digits is a 500 in Rails; the fake answers 422 `Since is invalid`). Without both `since` and `until` the range is nil and ranged queries match nothing. */
        since?: components["parameters"]["since"];
        /** @description Range end (exclusive), unix seconds. A time series of more than 200,000 buckets (23 years by the hour) answers 422 `Until is too far from since` in the fake. */
        until?: components["parameters"]["until"];
        /** @description Averages use `value_in_business_hours` (the inbox's working hours only; 0 for inboxes with working hours off) when true (`ActiveModel::Type::Boolean` cast). */
        business_hours?: components["parameters"]["business_hours"];
      };
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: components["responses"]["Csv"];
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      422: components["responses"]["PeriodUnprocessable"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  getInboxesReportCsv: {
    parameters: {
      query?: {
        /** @description Range start, unix seconds (`DateTime.strptime(since, '%s')`: anything but digits is a 500 in Rails; the fake answers 422 `Since is invalid`). Without both `since` and `until` the range is nil and ranged queries match nothing. */
        since?: components["parameters"]["since"];
        /** @description Range end (exclusive), unix seconds. A time series of more than 200,000 buckets (23 years by the hour) answers 422 `Until is too far from since` in the fake. */
        until?: components["parameters"]["until"];
        /** @description Averages use `value_in_business_hours` (the inbox's working hours only; 0 for inboxes with working hours off) when true (`ActiveModel::Type::Boolean` cast). */
        business_hours?: components["parameters"]["business_hours"];
      };
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: components["responses"]["Csv"];
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      422: components["responses"]["PeriodUnprocessable"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  getLabelsReportCsv: {
    parameters: {
      query?: {
        /** @description Range start, unix seconds (`DateTime.strptime(since, '%s')`: anything but digits is a 500 in Rails; the fake answers 422 `Since is invalid`). Without both `since` and `until` the range is nil and ranged queries match nothing. */
        since?: components["parameters"]["since"];
        /** @description Range end (exclusive), unix seconds. A time series of more than 200,000 buckets (23 years by the hour) answers 422 `Until is too far from since` in the fake. */
        until?: components["parameters"]["until"];
        /** @description Averages use `value_in_business_hours` (the inbox's working hours only; 0 for inboxes with working hours off) when true (`ActiveModel::Type::Boolean` cast). */
        business_hours?: components["parameters"]["business_hours"];
      };
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: components["responses"]["Csv"];
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      422: components["responses"]["PeriodUnprocessable"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  getTeamsReportCsv: {
    parameters: {
      query?: {
        /** @description Range start, unix seconds (`DateTime.strptime(since, '%s')`: anything but digits is a 500 in Rails; the fake answers 422 `Since is invalid`). Without both `since` and `until` the range is nil and ranged queries match nothing. */
        since?: components["parameters"]["since"];
        /** @description Range end (exclusive), unix seconds. A time series of more than 200,000 buckets (23 years by the hour) answers 422 `Until is too far from since` in the fake. */
        until?: components["parameters"]["until"];
        /** @description Averages use `value_in_business_hours` (the inbox's working hours only; 0 for inboxes with working hours off) when true (`ActiveModel::Type::Boolean` cast). */
        business_hours?: components["parameters"]["business_hours"];
      };
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: components["responses"]["Csv"];
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      422: components["responses"]["PeriodUnprocessable"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  getConversationsSummaryReportCsv: {
    parameters: {
      query?: {
        /** @description Range start, unix seconds (`DateTime.strptime(since, '%s')`: anything but digits is a 500 in Rails; the fake answers 422 `Since is invalid`). Without both `since` and `until` the range is nil and ranged queries match nothing. */
        since?: components["parameters"]["since"];
        /** @description Range end (exclusive), unix seconds. A time series of more than 200,000 buckets (23 years by the hour) answers 422 `Until is too far from since` in the fake. */
        until?: components["parameters"]["until"];
        /** @description Averages use `value_in_business_hours` (the inbox's working hours only; 0 for inboxes with working hours off) when true (`ActiveModel::Type::Boolean` cast). */
        business_hours?: components["parameters"]["business_hours"];
      };
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: components["responses"]["Csv"];
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      422: components["responses"]["PeriodUnprocessable"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  getConversationTrafficReportCsv: {
    parameters: {
      query?: {
        /** @description Hours from UTC (e.g. `5.5`, `-8`) for the bucket boundaries and timestamps; blank or an offset no time zone has means UTC. The fake applies it as a fixed offset (no daylight saving). */
        timezone_offset?: components["parameters"]["timezone_offset"];
        /** @description Days of traffic before today (default 6; the fake refuses more than 3660). */
        days_before?: components["parameters"]["days_before"];
      };
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: components["responses"]["Csv"];
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      /** @description A missing `timezone_offset` (500 in Rails) or a `days_before` beyond 3660. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["RecordInvalid"];
        };
      };
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  getLiveConversationMetrics: {
    parameters: {
      query?: {
        /** @description Only this team's conversations (404 when the account has no such team). */
        team_id?: components["parameters"]["parameters-team_id"];
      };
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The figures. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["LiveConversationMetrics"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      422: components["responses"]["Unprocessable"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  getLiveGroupedConversationMetrics: {
    parameters: {
      query?: {
        /** @description `team_id` or `assignee_id`; anything else answers 422 `{"error":"invalid group_by"}`. */
        group_by?: components["parameters"]["parameters-group_by"];
        /** @description Only this team's conversations (404 when the account has no such team). */
        team_id?: components["parameters"]["parameters-team_id"];
      };
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The groups. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["GroupedConversationMetrics"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      /** @description `{"error":"invalid group_by"}` */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ErrorMessage"];
        };
      };
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  getAgentSummaryReport: {
    parameters: {
      query?: {
        /** @description Range start, unix seconds (`DateTime.strptime(since, '%s')`: anything but digits is a 500 in Rails; the fake answers 422 `Since is invalid`). Without both `since` and `until` the range is nil and ranged queries match nothing. */
        since?: components["parameters"]["since"];
        /** @description Range end (exclusive), unix seconds. A time series of more than 200,000 buckets (23 years by the hour) answers 422 `Until is too far from since` in the fake. */
        until?: components["parameters"]["until"];
        /** @description Averages use `value_in_business_hours` (the inbox's working hours only; 0 for inboxes with working hours off) when true (`ActiveModel::Type::Boolean` cast). */
        business_hours?: components["parameters"]["business_hours"];
      };
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One row per agent. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["SummaryReportRows"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      422: components["responses"]["InvalidParameter"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  getTeamSummaryReport: {
    parameters: {
      query?: {
        /** @description Range start, unix seconds (`DateTime.strptime(since, '%s')`: anything but digits is a 500 in Rails; the fake answers 422 `Since is invalid`). Without both `since` and `until` the range is nil and ranged queries match nothing. */
        since?: components["parameters"]["since"];
        /** @description Range end (exclusive), unix seconds. A time series of more than 200,000 buckets (23 years by the hour) answers 422 `Until is too far from since` in the fake. */
        until?: components["parameters"]["until"];
        /** @description Averages use `value_in_business_hours` (the inbox's working hours only; 0 for inboxes with working hours off) when true (`ActiveModel::Type::Boolean` cast). */
        business_hours?: components["parameters"]["business_hours"];
      };
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One row per team. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["SummaryReportRows"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      422: components["responses"]["InvalidParameter"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  getInboxSummaryReport: {
    parameters: {
      query?: {
        /** @description Range start, unix seconds (`DateTime.strptime(since, '%s')`: anything but digits is a 500 in Rails; the fake answers 422 `Since is invalid`). Without both `since` and `until` the range is nil and ranged queries match nothing. */
        since?: components["parameters"]["since"];
        /** @description Range end (exclusive), unix seconds. A time series of more than 200,000 buckets (23 years by the hour) answers 422 `Until is too far from since` in the fake. */
        until?: components["parameters"]["until"];
        /** @description Averages use `value_in_business_hours` (the inbox's working hours only; 0 for inboxes with working hours off) when true (`ActiveModel::Type::Boolean` cast). */
        business_hours?: components["parameters"]["business_hours"];
      };
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One row per inbox. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["SummaryReportRows"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      422: components["responses"]["InvalidParameter"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  getLabelSummaryReport: {
    parameters: {
      query?: {
        /** @description Range start, unix seconds (`DateTime.strptime(since, '%s')`: anything but digits is a 500 in Rails; the fake answers 422 `Since is invalid`). Without both `since` and `until` the range is nil and ranged queries match nothing. */
        since?: components["parameters"]["since"];
        /** @description Range end (exclusive), unix seconds. A time series of more than 200,000 buckets (23 years by the hour) answers 422 `Until is too far from since` in the fake. */
        until?: components["parameters"]["until"];
        /** @description Averages use `value_in_business_hours` (the inbox's working hours only; 0 for inboxes with working hours off) when true (`ActiveModel::Type::Boolean` cast). */
        business_hours?: components["parameters"]["business_hours"];
      };
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One row per label. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["LabelSummaryRows"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      422: components["responses"]["InvalidParameter"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  getChannelSummaryReport: {
    parameters: {
      query?: {
        /** @description Range start, unix seconds (`DateTime.strptime(since, '%s')`: anything but digits is a 500 in Rails; the fake answers 422 `Since is invalid`). Without both `since` and `until` the range is nil and ranged queries match nothing. */
        since?: components["parameters"]["since"];
        /** @description Range end (exclusive), unix seconds. A time series of more than 200,000 buckets (23 years by the hour) answers 422 `Until is too far from since` in the fake. */
        until?: components["parameters"]["until"];
      };
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Counts per channel type. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ChannelSummary"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      422: components["responses"]["Unprocessable"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  getAuditLogs: {
    parameters: {
      query?: {
        /** @description 1-based page number; pages past the end are empty. */
        page?: components["parameters"]["parameters-page"];
      };
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of entries with the paging figures. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["AuditLogPage"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      422: components["responses"]["Unprocessable"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  listCsatSurveyResponses: {
    parameters: {
      query?: {
        /** @description Responses created at or after this unix time (with `until`; `DateTime.strptime(since, '%s')`). */
        since?: components["parameters"]["parameters-since"];
        /** @description Responses created before this unix time. */
        until?: components["parameters"]["parameters-until"];
        /** @description Only responses whose assigned agent is one of these users. */
        user_ids?: components["parameters"]["user_ids"];
        /** @description Only responses of conversations in this inbox. */
        inbox_id?: components["parameters"]["parameters-inbox_id"];
        /** @description Only responses of conversations of this team. */
        team_id?: components["parameters"]["components-parameters-team_id"];
        /** @description Only responses with this rating (or these ratings). */
        rating?: components["parameters"]["rating"];
        /** @description `created_at` or `-created_at` (Sift); default: in creation order. */
        sort?: components["parameters"]["parameters-sort"];
        /** @description 1-based page number; pages past the end are empty. */
        page?: components["parameters"]["parameters-page"];
      };
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of responses. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CsatSurveyResponseList"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      422: components["responses"]["Unprocessable"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  getCsatSurveyResponseMetrics: {
    parameters: {
      query?: {
        /** @description Responses created at or after this unix time (with `until`; `DateTime.strptime(since, '%s')`). */
        since?: components["parameters"]["parameters-since"];
        /** @description Responses created before this unix time. */
        until?: components["parameters"]["parameters-until"];
        /** @description Only responses whose assigned agent is one of these users. */
        user_ids?: components["parameters"]["user_ids"];
        /** @description Only responses of conversations in this inbox. */
        inbox_id?: components["parameters"]["parameters-inbox_id"];
        /** @description Only responses of conversations of this team. */
        team_id?: components["parameters"]["components-parameters-team_id"];
        /** @description Only responses with this rating (or these ratings). */
        rating?: components["parameters"]["rating"];
      };
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The figures. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CsatMetrics"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      422: components["responses"]["Unprocessable"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  downloadCsatSurveyResponses: {
    parameters: {
      query?: {
        /** @description Responses created at or after this unix time (with `until`; `DateTime.strptime(since, '%s')`). */
        since?: components["parameters"]["parameters-since"];
        /** @description Responses created before this unix time. */
        until?: components["parameters"]["parameters-until"];
        /** @description Only responses whose assigned agent is one of these users. */
        user_ids?: components["parameters"]["user_ids"];
        /** @description Only responses of conversations in this inbox. */
        inbox_id?: components["parameters"]["parameters-inbox_id"];
        /** @description Only responses of conversations of this team. */
        team_id?: components["parameters"]["components-parameters-team_id"];
        /** @description Only responses with this rating (or these ratings). */
        rating?: components["parameters"]["rating"];
        /** @description `created_at` or `-created_at` (Sift); default: in creation order. */
        sort?: components["parameters"]["parameters-sort"];
      };
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description `text/csv`, `Content-Disposition: attachment; filename=csat_report.csv`. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "text/csv": string;
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      422: components["responses"]["Unprocessable"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  listCampaigns: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The campaigns. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CampaignList"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  createCampaign: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["CampaignRequest"];
      };
    };
    responses: {
      /** @description The new campaign. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Campaign"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      422: components["responses"]["Unprocessable"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  getCampaign: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
        /** @description The campaign's display id. */
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The campaign. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Campaign"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  replaceCampaign: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
        /** @description The campaign's display id. */
        id: number;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["CampaignRequest"];
      };
    };
    responses: {
      /** @description The updated campaign. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Campaign"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      422: components["responses"]["Unprocessable"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  deleteCampaign: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
        /** @description The campaign's display id. */
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: components["responses"]["Empty"];
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  updateCampaign: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
        /** @description The campaign's display id. */
        id: number;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["CampaignRequest"];
      };
    };
    responses: {
      /** @description The updated campaign. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Campaign"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      422: components["responses"]["Unprocessable"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  listInboxCampaigns: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
        /** @description The numeric id of the record. Chatwoot's routes constrain no id: any value reaches `find`, which reads it with `to_i` (`abc` finds nothing: 404; `1abc` is 1), as the fake does for every integer path parameter. */
        id: components["parameters"]["id"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The inbox's campaigns. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CampaignList"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  listConversationReportingEvents: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
        /** @description The conversation's display id. */
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The reporting events. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ReportingEventList"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  listPlatformAccounts: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A plain array (no envelope). */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["PlatformAccountList"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["InvalidToken"];
      413: components["responses"]["PayloadTooLarge"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  createPlatformAccount: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: components["requestBodies"]["Account"];
    responses: {
      200: components["responses"]["Account"];
      400: components["responses"]["BadRequest"];
      401: components["responses"]["InvalidToken"];
      413: components["responses"]["PayloadTooLarge"];
      422: components["responses"]["Unprocessable"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  getPlatformAccount: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the record. Chatwoot's routes constrain no id: any value reaches `find`, which reads it with `to_i` (`abc` finds nothing: 404; `1abc` is 1), as the fake does for every integer path parameter. */
        id: components["parameters"]["id"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: components["responses"]["Account"];
      400: components["responses"]["BadRequest"];
      401: components["responses"]["responses-Unauthorized"];
      404: components["responses"]["responses-NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  replacePlatformAccount: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the record. Chatwoot's routes constrain no id: any value reaches `find`, which reads it with `to_i` (`abc` finds nothing: 404; `1abc` is 1), as the fake does for every integer path parameter. */
        id: components["parameters"]["id"];
      };
      cookie?: never;
    };
    requestBody?: components["requestBodies"]["Account"];
    responses: {
      200: components["responses"]["Account"];
      400: components["responses"]["BadRequest"];
      401: components["responses"]["responses-Unauthorized"];
      404: components["responses"]["responses-NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      422: components["responses"]["Unprocessable"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  deletePlatformAccount: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the record. Chatwoot's routes constrain no id: any value reaches `find`, which reads it with `to_i` (`abc` finds nothing: 404; `1abc` is 1), as the fake does for every integer path parameter. */
        id: components["parameters"]["id"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: components["responses"]["Empty"];
      400: components["responses"]["BadRequest"];
      401: components["responses"]["responses-Unauthorized"];
      404: components["responses"]["responses-NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  updatePlatformAccount: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the record. Chatwoot's routes constrain no id: any value reaches `find`, which reads it with `to_i` (`abc` finds nothing: 404; `1abc` is 1), as the fake does for every integer path parameter. */
        id: components["parameters"]["id"];
      };
      cookie?: never;
    };
    requestBody?: components["requestBodies"]["Account"];
    responses: {
      200: components["responses"]["Account"];
      400: components["responses"]["BadRequest"];
      401: components["responses"]["responses-Unauthorized"];
      404: components["responses"]["responses-NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      422: components["responses"]["Unprocessable"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  listPlatformAccountUsers: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The account_users rows, a plain array. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["PlatformAccountUserList"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["responses-Unauthorized"];
      404: components["responses"]["responses-NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  createPlatformAccountUser: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["PlatformAccountUserRequest"];
      };
    };
    responses: {
      /** @description The membership row. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["PlatformAccountUser"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["responses-Unauthorized"];
      404: components["responses"]["responses-NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      422: components["responses"]["Unprocessable"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  deletePlatformAccountUser: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the account. */
        account_id: components["parameters"]["account_id"];
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["PlatformAccountUserDelete"];
      };
    };
    responses: {
      200: components["responses"]["Empty"];
      400: components["responses"]["BadRequest"];
      401: components["responses"]["responses-Unauthorized"];
      404: components["responses"]["responses-NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      422: components["responses"]["Unprocessable"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  createPlatformUser: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: components["requestBodies"]["User"];
    responses: {
      200: components["responses"]["User"];
      400: components["responses"]["BadRequest"];
      401: components["responses"]["InvalidToken"];
      413: components["responses"]["PayloadTooLarge"];
      422: components["responses"]["Unprocessable"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  getPlatformUser: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the record. Chatwoot's routes constrain no id: any value reaches `find`, which reads it with `to_i` (`abc` finds nothing: 404; `1abc` is 1), as the fake does for every integer path parameter. */
        id: components["parameters"]["id"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: components["responses"]["User"];
      400: components["responses"]["BadRequest"];
      401: components["responses"]["responses-Unauthorized"];
      404: components["responses"]["responses-NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  replacePlatformUser: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the record. Chatwoot's routes constrain no id: any value reaches `find`, which reads it with `to_i` (`abc` finds nothing: 404; `1abc` is 1), as the fake does for every integer path parameter. */
        id: components["parameters"]["id"];
      };
      cookie?: never;
    };
    requestBody?: components["requestBodies"]["User"];
    responses: {
      200: components["responses"]["User"];
      400: components["responses"]["BadRequest"];
      401: components["responses"]["responses-Unauthorized"];
      404: components["responses"]["responses-NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      422: components["responses"]["Unprocessable"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  deletePlatformUser: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the record. Chatwoot's routes constrain no id: any value reaches `find`, which reads it with `to_i` (`abc` finds nothing: 404; `1abc` is 1), as the fake does for every integer path parameter. */
        id: components["parameters"]["id"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: components["responses"]["Empty"];
      400: components["responses"]["BadRequest"];
      401: components["responses"]["responses-Unauthorized"];
      404: components["responses"]["responses-NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  updatePlatformUser: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the record. Chatwoot's routes constrain no id: any value reaches `find`, which reads it with `to_i` (`abc` finds nothing: 404; `1abc` is 1), as the fake does for every integer path parameter. */
        id: components["parameters"]["id"];
      };
      cookie?: never;
    };
    requestBody?: components["requestBodies"]["User"];
    responses: {
      200: components["responses"]["User"];
      400: components["responses"]["BadRequest"];
      401: components["responses"]["responses-Unauthorized"];
      404: components["responses"]["responses-NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      422: components["responses"]["Unprocessable"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  getPlatformUserLoginUrl: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the record. Chatwoot's routes constrain no id: any value reaches `find`, which reads it with `to_i` (`abc` finds nothing: 404; `1abc` is 1), as the fake does for every integer path parameter. */
        id: components["parameters"]["id"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The dashboard login URL with a one-time token. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["PlatformUserLogin"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["responses-Unauthorized"];
      404: components["responses"]["responses-NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  createPlatformUserToken: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the record. Chatwoot's routes constrain no id: any value reaches `find`, which reads it with `to_i` (`abc` finds nothing: 404; `1abc` is 1), as the fake does for every integer path parameter. */
        id: components["parameters"]["id"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The token and a short user. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["PlatformUserToken"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["responses-Unauthorized"];
      404: components["responses"]["responses-NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  listPlatformAgentBots: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A plain array (no envelope). */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["PlatformAgentBotList"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["InvalidToken"];
      413: components["responses"]["PayloadTooLarge"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  createPlatformAgentBot: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: components["requestBodies"]["AgentBot"];
    responses: {
      200: components["responses"]["AgentBot"];
      400: components["responses"]["BadRequest"];
      401: components["responses"]["InvalidToken"];
      413: components["responses"]["PayloadTooLarge"];
      422: components["responses"]["Unprocessable"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  getPlatformAgentBot: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the record. Chatwoot's routes constrain no id: any value reaches `find`, which reads it with `to_i` (`abc` finds nothing: 404; `1abc` is 1), as the fake does for every integer path parameter. */
        id: components["parameters"]["id"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: components["responses"]["AgentBot"];
      400: components["responses"]["BadRequest"];
      401: components["responses"]["responses-Unauthorized"];
      404: components["responses"]["responses-NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  replacePlatformAgentBot: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the record. Chatwoot's routes constrain no id: any value reaches `find`, which reads it with `to_i` (`abc` finds nothing: 404; `1abc` is 1), as the fake does for every integer path parameter. */
        id: components["parameters"]["id"];
      };
      cookie?: never;
    };
    requestBody?: components["requestBodies"]["AgentBot"];
    responses: {
      200: components["responses"]["AgentBot"];
      400: components["responses"]["BadRequest"];
      401: components["responses"]["responses-Unauthorized"];
      404: components["responses"]["responses-NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      422: components["responses"]["Unprocessable"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  deletePlatformAgentBot: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the record. Chatwoot's routes constrain no id: any value reaches `find`, which reads it with `to_i` (`abc` finds nothing: 404; `1abc` is 1), as the fake does for every integer path parameter. */
        id: components["parameters"]["id"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: components["responses"]["Empty"];
      400: components["responses"]["BadRequest"];
      401: components["responses"]["responses-Unauthorized"];
      404: components["responses"]["responses-NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  updatePlatformAgentBot: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the record. Chatwoot's routes constrain no id: any value reaches `find`, which reads it with `to_i` (`abc` finds nothing: 404; `1abc` is 1), as the fake does for every integer path parameter. */
        id: components["parameters"]["id"];
      };
      cookie?: never;
    };
    requestBody?: components["requestBodies"]["AgentBot"];
    responses: {
      200: components["responses"]["AgentBot"];
      400: components["responses"]["BadRequest"];
      401: components["responses"]["responses-Unauthorized"];
      404: components["responses"]["responses-NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      422: components["responses"]["Unprocessable"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  deletePlatformAgentBotAvatar: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The numeric id of the record. Chatwoot's routes constrain no id: any value reaches `find`, which reads it with `to_i` (`abc` finds nothing: 404; `1abc` is 1), as the fake does for every integer path parameter. */
        id: components["parameters"]["id"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: components["responses"]["AgentBot"];
      400: components["responses"]["BadRequest"];
      401: components["responses"]["responses-Unauthorized"];
      404: components["responses"]["responses-NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  getPublicInbox: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The API channel's `identifier` (shown as `inbox_identifier` in the Application API's inbox). */
        inbox_identifier: components["parameters"]["inbox_identifier"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The inbox. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["PublicInbox"];
        };
      };
      400: components["responses"]["BadRequest"];
      404: components["responses"]["public_responses-NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  createPublicContact: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The API channel's `identifier` (shown as `inbox_identifier` in the Application API's inbox). */
        inbox_identifier: components["parameters"]["inbox_identifier"];
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["PublicContactRequest"];
      };
    };
    responses: {
      /** @description The contact inbox and its contact. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["PublicContact"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["HmacFailed"];
      404: components["responses"]["public_responses-NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      /** @description Invalid email or phone number of a new contact (`{"message":"Email Invalid email",...}`), or a blank `source_id` (`Source can't be blank`; Chatwoot fails later with a 500 there). */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["RecordInvalid"];
        };
      };
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  getPublicContact: {
    parameters: {
      query?: {
        identifier?: string;
        identifier_hash?: string;
      };
      header?: never;
      path: {
        /** @description The API channel's `identifier` (shown as `inbox_identifier` in the Application API's inbox). */
        inbox_identifier: components["parameters"]["inbox_identifier"];
        /** @description The contact inbox's `source_id`, as the contact create answered it (not the numeric contact id). */
        contact_identifier: components["parameters"]["contact_identifier"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The contact inbox and its contact. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["PublicContact"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["HmacFailed"];
      404: components["responses"]["public_responses-NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      422: components["responses"]["Unprocessable"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  replacePublicContact: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The API channel's `identifier` (shown as `inbox_identifier` in the Application API's inbox). */
        inbox_identifier: components["parameters"]["inbox_identifier"];
        /** @description The contact inbox's `source_id`, as the contact create answered it (not the numeric contact id). */
        contact_identifier: components["parameters"]["contact_identifier"];
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["PublicContactRequest"];
      };
    };
    responses: {
      /** @description The contact. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["PublicContact"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["HmacFailed"];
      404: components["responses"]["public_responses-NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      422: components["responses"]["responses-Unprocessable"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  updatePublicContact: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The API channel's `identifier` (shown as `inbox_identifier` in the Application API's inbox). */
        inbox_identifier: components["parameters"]["inbox_identifier"];
        /** @description The contact inbox's `source_id`, as the contact create answered it (not the numeric contact id). */
        contact_identifier: components["parameters"]["contact_identifier"];
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["PublicContactRequest"];
      };
    };
    responses: {
      /** @description The contact. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["PublicContact"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["HmacFailed"];
      404: components["responses"]["public_responses-NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      422: components["responses"]["responses-Unprocessable"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  listPublicConversations: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The API channel's `identifier` (shown as `inbox_identifier` in the Application API's inbox). */
        inbox_identifier: components["parameters"]["inbox_identifier"];
        /** @description The contact inbox's `source_id`, as the contact create answered it (not the numeric contact id). */
        contact_identifier: components["parameters"]["contact_identifier"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The conversations. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["PublicConversationList"];
        };
      };
      400: components["responses"]["BadRequest"];
      404: components["responses"]["public_responses-NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  createPublicConversation: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The API channel's `identifier` (shown as `inbox_identifier` in the Application API's inbox). */
        inbox_identifier: components["parameters"]["inbox_identifier"];
        /** @description The contact inbox's `source_id`, as the contact create answered it (not the numeric contact id). */
        contact_identifier: components["parameters"]["contact_identifier"];
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["PublicConversationRequest"];
      };
    };
    responses: {
      /** @description The conversation. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["PublicConversation"];
        };
      };
      400: components["responses"]["BadRequest"];
      404: components["responses"]["public_responses-NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      422: components["responses"]["Unprocessable"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  getPublicConversation: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The API channel's `identifier` (shown as `inbox_identifier` in the Application API's inbox). */
        inbox_identifier: components["parameters"]["inbox_identifier"];
        /** @description The contact inbox's `source_id`, as the contact create answered it (not the numeric contact id). */
        contact_identifier: components["parameters"]["contact_identifier"];
        /** @description The conversation's display id (per-account number). */
        conversation_id: components["parameters"]["conversation_id"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The conversation. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["PublicConversation"];
        };
      };
      400: components["responses"]["BadRequest"];
      404: components["responses"]["public_responses-NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  togglePublicConversationStatus: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The API channel's `identifier` (shown as `inbox_identifier` in the Application API's inbox). */
        inbox_identifier: components["parameters"]["inbox_identifier"];
        /** @description The contact inbox's `source_id`, as the contact create answered it (not the numeric contact id). */
        contact_identifier: components["parameters"]["contact_identifier"];
        /** @description The conversation's display id (per-account number). */
        conversation_id: components["parameters"]["conversation_id"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The conversation. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["PublicConversation"];
        };
      };
      400: components["responses"]["BadRequest"];
      404: components["responses"]["public_responses-NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  togglePublicConversationTyping: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The API channel's `identifier` (shown as `inbox_identifier` in the Application API's inbox). */
        inbox_identifier: components["parameters"]["inbox_identifier"];
        /** @description The contact inbox's `source_id`, as the contact create answered it (not the numeric contact id). */
        contact_identifier: components["parameters"]["contact_identifier"];
        /** @description The conversation's display id (per-account number). */
        conversation_id: components["parameters"]["conversation_id"];
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["PublicTypingRequest"];
      };
    };
    responses: {
      200: components["responses"]["Empty"];
      400: components["responses"]["BadRequest"];
      404: components["responses"]["public_responses-NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      422: components["responses"]["Unprocessable"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  updatePublicConversationLastSeen: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The API channel's `identifier` (shown as `inbox_identifier` in the Application API's inbox). */
        inbox_identifier: components["parameters"]["inbox_identifier"];
        /** @description The contact inbox's `source_id`, as the contact create answered it (not the numeric contact id). */
        contact_identifier: components["parameters"]["contact_identifier"];
        /** @description The conversation's display id (per-account number). */
        conversation_id: components["parameters"]["conversation_id"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: components["responses"]["Empty"];
      400: components["responses"]["BadRequest"];
      404: components["responses"]["public_responses-NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  listPublicMessages: {
    parameters: {
      query?: {
        /** @description A message id (read with Ruby's `to_i`). */
        before?: number | string;
      };
      header?: never;
      path: {
        /** @description The API channel's `identifier` (shown as `inbox_identifier` in the Application API's inbox). */
        inbox_identifier: components["parameters"]["inbox_identifier"];
        /** @description The contact inbox's `source_id`, as the contact create answered it (not the numeric contact id). */
        contact_identifier: components["parameters"]["contact_identifier"];
        /** @description The conversation's display id (per-account number). */
        conversation_id: components["parameters"]["conversation_id"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The messages. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["PublicMessageList"];
        };
      };
      400: components["responses"]["BadRequest"];
      404: components["responses"]["public_responses-NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      422: components["responses"]["Unprocessable"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  createPublicMessage: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The API channel's `identifier` (shown as `inbox_identifier` in the Application API's inbox). */
        inbox_identifier: components["parameters"]["inbox_identifier"];
        /** @description The contact inbox's `source_id`, as the contact create answered it (not the numeric contact id). */
        contact_identifier: components["parameters"]["contact_identifier"];
        /** @description The conversation's display id (per-account number). */
        conversation_id: components["parameters"]["conversation_id"];
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["PublicMessageRequest"];
        "multipart/form-data": components["schemas"]["PublicMessageRequest"];
      };
    };
    responses: {
      /** @description The message. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["PublicMessage"];
        };
      };
      400: components["responses"]["BadRequest"];
      404: components["responses"]["public_responses-NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      /** @description `Content is too long (maximum is 150000 characters)` or `Too many messages` (200 a minute). */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["RecordInvalid"];
        };
      };
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  replacePublicMessage: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The API channel's `identifier` (shown as `inbox_identifier` in the Application API's inbox). */
        inbox_identifier: components["parameters"]["inbox_identifier"];
        /** @description The contact inbox's `source_id`, as the contact create answered it (not the numeric contact id). */
        contact_identifier: components["parameters"]["contact_identifier"];
        /** @description The conversation's display id (per-account number). */
        conversation_id: components["parameters"]["conversation_id"];
        /** @description The message id. */
        message_id: components["parameters"]["message_id"];
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["PublicMessageUpdateRequest"];
      };
    };
    responses: {
      /** @description The message. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["PublicMessage"];
        };
      };
      400: components["responses"]["BadRequest"];
      404: components["responses"]["public_responses-NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      /** @description The CSAT survey is locked; or bad params (`{"message","attributes"}`). */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ErrorMessage"] | components["schemas"]["RecordInvalid"];
        };
      };
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  updatePublicMessage: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The API channel's `identifier` (shown as `inbox_identifier` in the Application API's inbox). */
        inbox_identifier: components["parameters"]["inbox_identifier"];
        /** @description The contact inbox's `source_id`, as the contact create answered it (not the numeric contact id). */
        contact_identifier: components["parameters"]["contact_identifier"];
        /** @description The conversation's display id (per-account number). */
        conversation_id: components["parameters"]["conversation_id"];
        /** @description The message id. */
        message_id: components["parameters"]["message_id"];
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["PublicMessageUpdateRequest"];
      };
    };
    responses: {
      /** @description The message. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["PublicMessage"];
        };
      };
      400: components["responses"]["BadRequest"];
      404: components["responses"]["public_responses-NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      /** @description The CSAT survey is locked; or bad params (`{"message","attributes"}`). */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ErrorMessage"] | components["schemas"]["RecordInvalid"];
        };
      };
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  getPublicCsatSurvey: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The conversation's `uuid`. */
        uuid: components["parameters"]["uuid"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The survey. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CsatSurvey"];
        };
      };
      400: components["responses"]["BadRequest"];
      404: components["responses"]["public_responses-NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  replacePublicCsatSurvey: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The conversation's `uuid`. */
        uuid: components["parameters"]["uuid"];
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["CsatSurveyUpdateRequest"];
      };
    };
    responses: {
      /** @description The survey with its response. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CsatSurvey"];
        };
      };
      400: components["responses"]["BadRequest"];
      404: components["responses"]["public_responses-NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      /** @description Locked survey or no `message` hash; or bad params (`{"message","attributes"}`). */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ErrorMessage"] | components["schemas"]["RecordInvalid"];
        };
      };
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  updatePublicCsatSurvey: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The conversation's `uuid`. */
        uuid: components["parameters"]["uuid"];
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["CsatSurveyUpdateRequest"];
      };
    };
    responses: {
      /** @description The survey with its response. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CsatSurvey"];
        };
      };
      400: components["responses"]["BadRequest"];
      404: components["responses"]["public_responses-NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      /** @description Locked survey or no `message` hash; or bad params (`{"message","attributes"}`). */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ErrorMessage"] | components["schemas"]["RecordInvalid"];
        };
      };
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  getCsatSurveyPage: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The conversation's `uuid`. */
        uuid: components["parameters"]["uuid"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The page. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "text/html": string;
        };
      };
      400: components["responses"]["BadRequest"];
      413: components["responses"]["PayloadTooLarge"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  signInPage: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description To the login page, with `error=access-denied`. */
      302: {
        headers: {
          Location?: string;
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components["responses"]["BadRequest"];
      413: components["responses"]["PayloadTooLarge"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  signIn: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["SignInRequest"];
        "application/x-www-form-urlencoded": components["schemas"]["SignInRequest"];
      };
    };
    responses: {
      /** @description Signed in. */
      200: {
        headers: {
          "access-token": components["headers"]["AccessToken"];
          "token-type": components["headers"]["TokenType"];
          client: components["headers"]["Client"];
          expiry: components["headers"]["Expiry"];
          uid: components["headers"]["Uid"];
          Authorization: components["headers"]["Authorization"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["SignInResponse"];
        };
      };
      400: components["responses"]["BadRequest"];
      /** @description Invalid credentials, or an unconfirmed user. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["AuthError"];
        };
      };
      413: components["responses"]["PayloadTooLarge"];
      /** @description A field of the wrong type (e.g. a number as `email`), where Rails would answer 500. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["RecordInvalid"];
        };
      };
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  signOut: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description `{"success":true}` */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["SignOutResponse"];
        };
      };
      400: components["responses"]["BadRequest"];
      /** @description No live session for these headers. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["AuthError"];
        };
      };
      413: components["responses"]["PayloadTooLarge"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  resetPassword: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["PasswordUpdateRequest"];
        "application/x-www-form-urlencoded": components["schemas"]["PasswordUpdateRequest"];
      };
    };
    responses: {
      400: components["responses"]["BadRequest"];
      413: components["responses"]["PayloadTooLarge"];
      /** @description An unknown reset token (or a body the fake refuses before reading it, e.g. a JSON array). */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["TokenError"] | components["schemas"]["RecordInvalid"];
        };
      };
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  requestPasswordReset: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["PasswordResetRequest"];
        "application/x-www-form-urlencoded": components["schemas"]["PasswordResetRequest"];
      };
    };
    responses: {
      /** @description `{"message": "Request for password reset is successful. …"}` */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["AuthMessage"];
        };
      };
      400: components["responses"]["BadRequest"];
      413: components["responses"]["PayloadTooLarge"];
      422: components["responses"]["Unprocessable"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  confirmUser: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["ConfirmationRequest"];
        "application/x-www-form-urlencoded": components["schemas"]["ConfirmationRequest"];
      };
    };
    responses: {
      400: components["responses"]["BadRequest"];
      413: components["responses"]["PayloadTooLarge"];
      /** @description An unknown confirmation token (or a body the fake refuses before reading it, e.g. a JSON array). */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["TokenError"] | components["schemas"]["RecordInvalid"];
        };
      };
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  validateToken: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The session is live; its auth headers are repeated. */
      200: {
        headers: {
          "access-token": components["headers"]["AccessToken"];
          "token-type": components["headers"]["TokenType"];
          client: components["headers"]["Client"];
          expiry: components["headers"]["Expiry"];
          uid: components["headers"]["Uid"];
          Authorization: components["headers"]["Authorization"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ValidateTokenResponse"];
        };
      };
      400: components["responses"]["BadRequest"];
      /** @description No live session for these headers. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["AuthError"];
        };
      };
      413: components["responses"]["PayloadTooLarge"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  createWidgetEvent: {
    parameters: {
      query?: {
        /** @description The web widget's `website_token` (Channel::WebWidget). Rails reads it from the query string or the body; missing or unknown → 404. */
        website_token?: components["parameters"]["website_token"];
        /** @description The widget's language (SwitchLocale); the events endpoint reports it as `widget_language`. */
        locale?: components["parameters"]["locale"];
      };
      header?: {
        /** @description The widget's token for the visitor: a JWT (HS256, signed with the installation's secret_key_base) with claims `source_id` (the contact inbox's source id) and `inbox_id`, plus `iat`/`exp` (180 days) — Widget::TokenService, handed out by `POST /api/v1/widget/config`. The fake signs with the secret `chatwoot-fake-secret-key-base` (`WIDGET_SECRET_KEY_BASE`, `widgetAuthToken()` in src/domain/widget.ts), checks `exp` on its clock, and finds the contact inbox by `source_id` in the widget's inbox. A missing, malformed, badly signed or expired token decodes to no contact → 404. */
        "X-Auth-Token"?: components["parameters"]["auth_token"];
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["WidgetEventRequest"];
      };
    };
    responses: {
      /** @description Dispatched (Rails `head :no_content`), whatever the name. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components["responses"]["BadRequest"];
      404: components["responses"]["widget_responses-NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      422: components["responses"]["Unprocessable"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  createWidgetConfig: {
    parameters: {
      query?: {
        /** @description The web widget's `website_token` (Channel::WebWidget). Rails reads it from the query string or the body; missing or unknown → 404. */
        website_token?: components["parameters"]["website_token"];
        /** @description The widget's language (SwitchLocale); the events endpoint reports it as `widget_language`. */
        locale?: components["parameters"]["locale"];
      };
      header?: {
        /** @description The widget's token for the visitor: a JWT (HS256, signed with the installation's secret_key_base) with claims `source_id` (the contact inbox's source id) and `inbox_id`, plus `iat`/`exp` (180 days) — Widget::TokenService, handed out by `POST /api/v1/widget/config`. The fake signs with the secret `chatwoot-fake-secret-key-base` (`WIDGET_SECRET_KEY_BASE`, `widgetAuthToken()` in src/domain/widget.ts), checks `exp` on its clock, and finds the contact inbox by `source_id` in the widget's inbox. A missing, malformed, badly signed or expired token decodes to no contact → 404. */
        "X-Auth-Token"?: components["parameters"]["auth_token"];
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["WidgetParams"];
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WidgetConfig"];
        };
      };
      400: components["responses"]["BadRequest"];
      404: components["responses"]["widget_responses-NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      422: components["responses"]["Unprocessable"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  createWidgetDirectUpload: {
    parameters: {
      query?: {
        /** @description The web widget's `website_token` (Channel::WebWidget). Rails reads it from the query string or the body; missing or unknown → 404. */
        website_token?: components["parameters"]["website_token"];
      };
      header?: {
        /** @description The widget's token for the visitor: a JWT (HS256, signed with the installation's secret_key_base) with claims `source_id` (the contact inbox's source id) and `inbox_id`, plus `iat`/`exp` (180 days) — Widget::TokenService, handed out by `POST /api/v1/widget/config`. The fake signs with the secret `chatwoot-fake-secret-key-base` (`WIDGET_SECRET_KEY_BASE`, `widgetAuthToken()` in src/domain/widget.ts), checks `exp` on its clock, and finds the contact inbox by `source_id` in the widget's inbox. A missing, malformed, badly signed or expired token decodes to no contact → 404. */
        "X-Auth-Token"?: components["parameters"]["auth_token"];
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["WidgetDirectUploadRequest"];
        "application/x-www-form-urlencoded": components["schemas"]["WidgetDirectUploadRequest"];
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WidgetDirectUpload"];
        };
      };
      400: components["responses"]["BadRequest"];
      /** @description Unknown website_token, or an X-Auth-Token that names no visitor of that widget. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["RailsError"];
        };
      };
      413: components["responses"]["PayloadTooLarge"];
      /** @description A `blob` without filename, byte_size or checksum, or with a blank checksum (`{"status","error"}`); params of the wrong type (`{"message","attributes"}`, as everywhere). */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["RailsError"] | components["schemas"]["RecordInvalid"];
        };
      };
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  getWidgetContact: {
    parameters: {
      query?: {
        /** @description The web widget's `website_token` (Channel::WebWidget). Rails reads it from the query string or the body; missing or unknown → 404. */
        website_token?: components["parameters"]["website_token"];
        /** @description The widget's language (SwitchLocale); the events endpoint reports it as `widget_language`. */
        locale?: components["parameters"]["locale"];
      };
      header?: {
        /** @description The widget's token for the visitor: a JWT (HS256, signed with the installation's secret_key_base) with claims `source_id` (the contact inbox's source id) and `inbox_id`, plus `iat`/`exp` (180 days) — Widget::TokenService, handed out by `POST /api/v1/widget/config`. The fake signs with the secret `chatwoot-fake-secret-key-base` (`WIDGET_SECRET_KEY_BASE`, `widgetAuthToken()` in src/domain/widget.ts), checks `exp` on its clock, and finds the contact inbox by `source_id` in the widget's inbox. A missing, malformed, badly signed or expired token decodes to no contact → 404. */
        "X-Auth-Token"?: components["parameters"]["auth_token"];
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WidgetContact"];
        };
      };
      400: components["responses"]["BadRequest"];
      404: components["responses"]["widget_responses-NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      422: components["responses"]["Unprocessable"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  replaceWidgetContact: {
    parameters: {
      query?: {
        /** @description The web widget's `website_token` (Channel::WebWidget). Rails reads it from the query string or the body; missing or unknown → 404. */
        website_token?: components["parameters"]["website_token"];
        /** @description The widget's language (SwitchLocale); the events endpoint reports it as `widget_language`. */
        locale?: components["parameters"]["locale"];
      };
      header?: {
        /** @description The widget's token for the visitor: a JWT (HS256, signed with the installation's secret_key_base) with claims `source_id` (the contact inbox's source id) and `inbox_id`, plus `iat`/`exp` (180 days) — Widget::TokenService, handed out by `POST /api/v1/widget/config`. The fake signs with the secret `chatwoot-fake-secret-key-base` (`WIDGET_SECRET_KEY_BASE`, `widgetAuthToken()` in src/domain/widget.ts), checks `exp` on its clock, and finds the contact inbox by `source_id` in the widget's inbox. A missing, malformed, badly signed or expired token decodes to no contact → 404. */
        "X-Auth-Token"?: components["parameters"]["auth_token"];
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["WidgetContactRequest"];
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WidgetContactUpdate"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["responses-HmacFailed"];
      404: components["responses"]["widget_responses-NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      422: components["responses"]["Unprocessable"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  updateWidgetContact: {
    parameters: {
      query?: {
        /** @description The web widget's `website_token` (Channel::WebWidget). Rails reads it from the query string or the body; missing or unknown → 404. */
        website_token?: components["parameters"]["website_token"];
        /** @description The widget's language (SwitchLocale); the events endpoint reports it as `widget_language`. */
        locale?: components["parameters"]["locale"];
      };
      header?: {
        /** @description The widget's token for the visitor: a JWT (HS256, signed with the installation's secret_key_base) with claims `source_id` (the contact inbox's source id) and `inbox_id`, plus `iat`/`exp` (180 days) — Widget::TokenService, handed out by `POST /api/v1/widget/config`. The fake signs with the secret `chatwoot-fake-secret-key-base` (`WIDGET_SECRET_KEY_BASE`, `widgetAuthToken()` in src/domain/widget.ts), checks `exp` on its clock, and finds the contact inbox by `source_id` in the widget's inbox. A missing, malformed, badly signed or expired token decodes to no contact → 404. */
        "X-Auth-Token"?: components["parameters"]["auth_token"];
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["WidgetContactRequest"];
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WidgetContactUpdate"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["responses-HmacFailed"];
      404: components["responses"]["widget_responses-NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      422: components["responses"]["Unprocessable"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  setWidgetUser: {
    parameters: {
      query?: {
        /** @description The web widget's `website_token` (Channel::WebWidget). Rails reads it from the query string or the body; missing or unknown → 404. */
        website_token?: components["parameters"]["website_token"];
        /** @description The widget's language (SwitchLocale); the events endpoint reports it as `widget_language`. */
        locale?: components["parameters"]["locale"];
      };
      header?: {
        /** @description The widget's token for the visitor: a JWT (HS256, signed with the installation's secret_key_base) with claims `source_id` (the contact inbox's source id) and `inbox_id`, plus `iat`/`exp` (180 days) — Widget::TokenService, handed out by `POST /api/v1/widget/config`. The fake signs with the secret `chatwoot-fake-secret-key-base` (`WIDGET_SECRET_KEY_BASE`, `widgetAuthToken()` in src/domain/widget.ts), checks `exp` on its clock, and finds the contact inbox by `source_id` in the widget's inbox. A missing, malformed, badly signed or expired token decodes to no contact → 404. */
        "X-Auth-Token"?: components["parameters"]["auth_token"];
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["WidgetContactRequest"];
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WidgetSetUser"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["responses-HmacFailed"];
      404: components["responses"]["widget_responses-NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      422: components["responses"]["Unprocessable"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  destroyWidgetContactCustomAttributes: {
    parameters: {
      query?: {
        /** @description The web widget's `website_token` (Channel::WebWidget). Rails reads it from the query string or the body; missing or unknown → 404. */
        website_token?: components["parameters"]["website_token"];
        /** @description The widget's language (SwitchLocale); the events endpoint reports it as `widget_language`. */
        locale?: components["parameters"]["locale"];
      };
      header?: {
        /** @description The widget's token for the visitor: a JWT (HS256, signed with the installation's secret_key_base) with claims `source_id` (the contact inbox's source id) and `inbox_id`, plus `iat`/`exp` (180 days) — Widget::TokenService, handed out by `POST /api/v1/widget/config`. The fake signs with the secret `chatwoot-fake-secret-key-base` (`WIDGET_SECRET_KEY_BASE`, `widgetAuthToken()` in src/domain/widget.ts), checks `exp` on its clock, and finds the contact inbox by `source_id` in the widget's inbox. A missing, malformed, badly signed or expired token decodes to no contact → 404. */
        "X-Auth-Token"?: components["parameters"]["auth_token"];
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["WidgetParams"];
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ContactRecord"];
        };
      };
      400: components["responses"]["BadRequest"];
      404: components["responses"]["widget_responses-NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      422: components["responses"]["Unprocessable"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  listWidgetConversations: {
    parameters: {
      query?: {
        /** @description The web widget's `website_token` (Channel::WebWidget). Rails reads it from the query string or the body; missing or unknown → 404. */
        website_token?: components["parameters"]["website_token"];
        /** @description The widget's language (SwitchLocale); the events endpoint reports it as `widget_language`. */
        locale?: components["parameters"]["locale"];
      };
      header?: {
        /** @description The widget's token for the visitor: a JWT (HS256, signed with the installation's secret_key_base) with claims `source_id` (the contact inbox's source id) and `inbox_id`, plus `iat`/`exp` (180 days) — Widget::TokenService, handed out by `POST /api/v1/widget/config`. The fake signs with the secret `chatwoot-fake-secret-key-base` (`WIDGET_SECRET_KEY_BASE`, `widgetAuthToken()` in src/domain/widget.ts), checks `exp` on its clock, and finds the contact inbox by `source_id` in the widget's inbox. A missing, malformed, badly signed or expired token decodes to no contact → 404. */
        "X-Auth-Token"?: components["parameters"]["auth_token"];
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WidgetConversationSummary"];
        };
      };
      400: components["responses"]["BadRequest"];
      404: components["responses"]["widget_responses-NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      422: components["responses"]["Unprocessable"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  createWidgetConversation: {
    parameters: {
      query?: {
        /** @description The web widget's `website_token` (Channel::WebWidget). Rails reads it from the query string or the body; missing or unknown → 404. */
        website_token?: components["parameters"]["website_token"];
        /** @description The widget's language (SwitchLocale); the events endpoint reports it as `widget_language`. */
        locale?: components["parameters"]["locale"];
      };
      header?: {
        /** @description The widget's token for the visitor: a JWT (HS256, signed with the installation's secret_key_base) with claims `source_id` (the contact inbox's source id) and `inbox_id`, plus `iat`/`exp` (180 days) — Widget::TokenService, handed out by `POST /api/v1/widget/config`. The fake signs with the secret `chatwoot-fake-secret-key-base` (`WIDGET_SECRET_KEY_BASE`, `widgetAuthToken()` in src/domain/widget.ts), checks `exp` on its clock, and finds the contact inbox by `source_id` in the widget's inbox. A missing, malformed, badly signed or expired token decodes to no contact → 404. */
        "X-Auth-Token"?: components["parameters"]["auth_token"];
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["WidgetConversationRequest"];
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WidgetConversation"];
        };
      };
      400: components["responses"]["BadRequest"];
      404: components["responses"]["widget_responses-NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      422: components["responses"]["Unprocessable"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  updateWidgetConversationLastSeen: {
    parameters: {
      query?: {
        /** @description The web widget's `website_token` (Channel::WebWidget). Rails reads it from the query string or the body; missing or unknown → 404. */
        website_token?: components["parameters"]["website_token"];
        /** @description The widget's language (SwitchLocale); the events endpoint reports it as `widget_language`. */
        locale?: components["parameters"]["locale"];
      };
      header?: {
        /** @description The widget's token for the visitor: a JWT (HS256, signed with the installation's secret_key_base) with claims `source_id` (the contact inbox's source id) and `inbox_id`, plus `iat`/`exp` (180 days) — Widget::TokenService, handed out by `POST /api/v1/widget/config`. The fake signs with the secret `chatwoot-fake-secret-key-base` (`WIDGET_SECRET_KEY_BASE`, `widgetAuthToken()` in src/domain/widget.ts), checks `exp` on its clock, and finds the contact inbox by `source_id` in the widget's inbox. A missing, malformed, badly signed or expired token decodes to no contact → 404. */
        "X-Auth-Token"?: components["parameters"]["auth_token"];
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["WidgetParams"];
      };
    };
    responses: {
      /** @description Rails `head :ok` (empty body). */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components["responses"]["BadRequest"];
      404: components["responses"]["widget_responses-NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      422: components["responses"]["Unprocessable"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  sendWidgetConversationTranscript: {
    parameters: {
      query?: {
        /** @description The web widget's `website_token` (Channel::WebWidget). Rails reads it from the query string or the body; missing or unknown → 404. */
        website_token?: components["parameters"]["website_token"];
        /** @description The widget's language (SwitchLocale); the events endpoint reports it as `widget_language`. */
        locale?: components["parameters"]["locale"];
      };
      header?: {
        /** @description The widget's token for the visitor: a JWT (HS256, signed with the installation's secret_key_base) with claims `source_id` (the contact inbox's source id) and `inbox_id`, plus `iat`/`exp` (180 days) — Widget::TokenService, handed out by `POST /api/v1/widget/config`. The fake signs with the secret `chatwoot-fake-secret-key-base` (`WIDGET_SECRET_KEY_BASE`, `widgetAuthToken()` in src/domain/widget.ts), checks `exp` on its clock, and finds the contact inbox by `source_id` in the widget's inbox. A missing, malformed, badly signed or expired token decodes to no contact → 404. */
        "X-Auth-Token"?: components["parameters"]["auth_token"];
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["WidgetParams"];
      };
    };
    responses: {
      /** @description Rails `head :ok` (empty body). */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components["responses"]["BadRequest"];
      404: components["responses"]["widget_responses-NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      422: components["responses"]["Unprocessable"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  toggleWidgetConversationTyping: {
    parameters: {
      query?: {
        /** @description The web widget's `website_token` (Channel::WebWidget). Rails reads it from the query string or the body; missing or unknown → 404. */
        website_token?: components["parameters"]["website_token"];
        /** @description The widget's language (SwitchLocale); the events endpoint reports it as `widget_language`. */
        locale?: components["parameters"]["locale"];
      };
      header?: {
        /** @description The widget's token for the visitor: a JWT (HS256, signed with the installation's secret_key_base) with claims `source_id` (the contact inbox's source id) and `inbox_id`, plus `iat`/`exp` (180 days) — Widget::TokenService, handed out by `POST /api/v1/widget/config`. The fake signs with the secret `chatwoot-fake-secret-key-base` (`WIDGET_SECRET_KEY_BASE`, `widgetAuthToken()` in src/domain/widget.ts), checks `exp` on its clock, and finds the contact inbox by `source_id` in the widget's inbox. A missing, malformed, badly signed or expired token decodes to no contact → 404. */
        "X-Auth-Token"?: components["parameters"]["auth_token"];
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["WidgetParams"];
      };
    };
    responses: {
      /** @description Rails `head :ok` (empty body). */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components["responses"]["BadRequest"];
      404: components["responses"]["NotFoundOrEmpty"];
      413: components["responses"]["PayloadTooLarge"];
      422: components["responses"]["Unprocessable"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  toggleWidgetConversationStatus: {
    parameters: {
      query?: {
        /** @description The web widget's `website_token` (Channel::WebWidget). Rails reads it from the query string or the body; missing or unknown → 404. */
        website_token?: components["parameters"]["website_token"];
        /** @description The widget's language (SwitchLocale); the events endpoint reports it as `widget_language`. */
        locale?: components["parameters"]["locale"];
      };
      header?: {
        /** @description The widget's token for the visitor: a JWT (HS256, signed with the installation's secret_key_base) with claims `source_id` (the contact inbox's source id) and `inbox_id`, plus `iat`/`exp` (180 days) — Widget::TokenService, handed out by `POST /api/v1/widget/config`. The fake signs with the secret `chatwoot-fake-secret-key-base` (`WIDGET_SECRET_KEY_BASE`, `widgetAuthToken()` in src/domain/widget.ts), checks `exp` on its clock, and finds the contact inbox by `source_id` in the widget's inbox. A missing, malformed, badly signed or expired token decodes to no contact → 404. */
        "X-Auth-Token"?: components["parameters"]["auth_token"];
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Rails `head :ok` (empty body). */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components["responses"]["BadRequest"];
      /** @description The widget does not let visitors end conversations. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      404: components["responses"]["NotFoundOrEmpty"];
      413: components["responses"]["PayloadTooLarge"];
      422: components["responses"]["Unprocessable"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  setWidgetConversationCustomAttributes: {
    parameters: {
      query?: {
        /** @description The web widget's `website_token` (Channel::WebWidget). Rails reads it from the query string or the body; missing or unknown → 404. */
        website_token?: components["parameters"]["website_token"];
        /** @description The widget's language (SwitchLocale); the events endpoint reports it as `widget_language`. */
        locale?: components["parameters"]["locale"];
      };
      header?: {
        /** @description The widget's token for the visitor: a JWT (HS256, signed with the installation's secret_key_base) with claims `source_id` (the contact inbox's source id) and `inbox_id`, plus `iat`/`exp` (180 days) — Widget::TokenService, handed out by `POST /api/v1/widget/config`. The fake signs with the secret `chatwoot-fake-secret-key-base` (`WIDGET_SECRET_KEY_BASE`, `widgetAuthToken()` in src/domain/widget.ts), checks `exp` on its clock, and finds the contact inbox by `source_id` in the widget's inbox. A missing, malformed, badly signed or expired token decodes to no contact → 404. */
        "X-Auth-Token"?: components["parameters"]["auth_token"];
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["WidgetParams"];
      };
    };
    responses: {
      /** @description Saved (no body). */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components["responses"]["BadRequest"];
      404: components["responses"]["NotFoundOrEmpty"];
      413: components["responses"]["PayloadTooLarge"];
      422: components["responses"]["Unprocessable"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  destroyWidgetConversationCustomAttributes: {
    parameters: {
      query?: {
        /** @description The web widget's `website_token` (Channel::WebWidget). Rails reads it from the query string or the body; missing or unknown → 404. */
        website_token?: components["parameters"]["website_token"];
        /** @description The widget's language (SwitchLocale); the events endpoint reports it as `widget_language`. */
        locale?: components["parameters"]["locale"];
      };
      header?: {
        /** @description The widget's token for the visitor: a JWT (HS256, signed with the installation's secret_key_base) with claims `source_id` (the contact inbox's source id) and `inbox_id`, plus `iat`/`exp` (180 days) — Widget::TokenService, handed out by `POST /api/v1/widget/config`. The fake signs with the secret `chatwoot-fake-secret-key-base` (`WIDGET_SECRET_KEY_BASE`, `widgetAuthToken()` in src/domain/widget.ts), checks `exp` on its clock, and finds the contact inbox by `source_id` in the widget's inbox. A missing, malformed, badly signed or expired token decodes to no contact → 404. */
        "X-Auth-Token"?: components["parameters"]["auth_token"];
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["WidgetParams"];
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ConversationRecord"];
        };
      };
      400: components["responses"]["BadRequest"];
      404: components["responses"]["NotFoundOrEmpty"];
      413: components["responses"]["PayloadTooLarge"];
      422: components["responses"]["Unprocessable"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  listWidgetMessages: {
    parameters: {
      query?: {
        /** @description The web widget's `website_token` (Channel::WebWidget). Rails reads it from the query string or the body; missing or unknown → 404. */
        website_token?: components["parameters"]["website_token"];
        /** @description The widget's language (SwitchLocale); the events endpoint reports it as `widget_language`. */
        locale?: components["parameters"]["locale"];
        /** @description A message id; the 20 messages just before it. */
        before?: components["parameters"]["before"];
        /** @description A message id; the (at most 100) messages just after it (with `before`, those in between). */
        after?: components["parameters"]["after"];
      };
      header?: {
        /** @description The widget's token for the visitor: a JWT (HS256, signed with the installation's secret_key_base) with claims `source_id` (the contact inbox's source id) and `inbox_id`, plus `iat`/`exp` (180 days) — Widget::TokenService, handed out by `POST /api/v1/widget/config`. The fake signs with the secret `chatwoot-fake-secret-key-base` (`WIDGET_SECRET_KEY_BASE`, `widgetAuthToken()` in src/domain/widget.ts), checks `exp` on its clock, and finds the contact inbox by `source_id` in the widget's inbox. A missing, malformed, badly signed or expired token decodes to no contact → 404. */
        "X-Auth-Token"?: components["parameters"]["auth_token"];
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WidgetMessageList"];
        };
      };
      400: components["responses"]["BadRequest"];
      404: components["responses"]["widget_responses-NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      422: components["responses"]["Unprocessable"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  createWidgetMessage: {
    parameters: {
      query?: {
        /** @description The web widget's `website_token` (Channel::WebWidget). Rails reads it from the query string or the body; missing or unknown → 404. */
        website_token?: components["parameters"]["website_token"];
        /** @description The widget's language (SwitchLocale); the events endpoint reports it as `widget_language`. */
        locale?: components["parameters"]["locale"];
        /** @description A message id; the 20 messages just before it. */
        before?: components["parameters"]["before"];
        /** @description A message id; the (at most 100) messages just after it (with `before`, those in between). */
        after?: components["parameters"]["after"];
      };
      header?: {
        /** @description The widget's token for the visitor: a JWT (HS256, signed with the installation's secret_key_base) with claims `source_id` (the contact inbox's source id) and `inbox_id`, plus `iat`/`exp` (180 days) — Widget::TokenService, handed out by `POST /api/v1/widget/config`. The fake signs with the secret `chatwoot-fake-secret-key-base` (`WIDGET_SECRET_KEY_BASE`, `widgetAuthToken()` in src/domain/widget.ts), checks `exp` on its clock, and finds the contact inbox by `source_id` in the widget's inbox. A missing, malformed, badly signed or expired token decodes to no contact → 404. */
        "X-Auth-Token"?: components["parameters"]["auth_token"];
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["WidgetMessageRequest"];
        "multipart/form-data": components["schemas"]["WidgetMessageRequest"];
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["PublicMessage"];
        };
      };
      400: components["responses"]["BadRequest"];
      /** @description The conversation is resolved and the inbox takes no messages after resolution. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ErrorMessage"];
        };
      };
      404: components["responses"]["widget_responses-NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      422: components["responses"]["Unprocessable"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  replaceWidgetMessage: {
    parameters: {
      query?: {
        /** @description The web widget's `website_token` (Channel::WebWidget). Rails reads it from the query string or the body; missing or unknown → 404. */
        website_token?: components["parameters"]["website_token"];
        /** @description The widget's language (SwitchLocale); the events endpoint reports it as `widget_language`. */
        locale?: components["parameters"]["locale"];
      };
      header?: {
        /** @description The widget's token for the visitor: a JWT (HS256, signed with the installation's secret_key_base) with claims `source_id` (the contact inbox's source id) and `inbox_id`, plus `iat`/`exp` (180 days) — Widget::TokenService, handed out by `POST /api/v1/widget/config`. The fake signs with the secret `chatwoot-fake-secret-key-base` (`WIDGET_SECRET_KEY_BASE`, `widgetAuthToken()` in src/domain/widget.ts), checks `exp` on its clock, and finds the contact inbox by `source_id` in the widget's inbox. A missing, malformed, badly signed or expired token decodes to no contact → 404. */
        "X-Auth-Token"?: components["parameters"]["auth_token"];
      };
      path: {
        /** @description The message id (a message of the visitor's own conversations). */
        id: components["parameters"]["parameters-message_id"];
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["WidgetMessageUpdateRequest"];
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["PublicMessage"];
        };
      };
      400: components["responses"]["BadRequest"];
      404: components["responses"]["NotFoundOrEmpty"];
      413: components["responses"]["PayloadTooLarge"];
      422: components["responses"]["Unprocessable"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  updateWidgetMessage: {
    parameters: {
      query?: {
        /** @description The web widget's `website_token` (Channel::WebWidget). Rails reads it from the query string or the body; missing or unknown → 404. */
        website_token?: components["parameters"]["website_token"];
        /** @description The widget's language (SwitchLocale); the events endpoint reports it as `widget_language`. */
        locale?: components["parameters"]["locale"];
      };
      header?: {
        /** @description The widget's token for the visitor: a JWT (HS256, signed with the installation's secret_key_base) with claims `source_id` (the contact inbox's source id) and `inbox_id`, plus `iat`/`exp` (180 days) — Widget::TokenService, handed out by `POST /api/v1/widget/config`. The fake signs with the secret `chatwoot-fake-secret-key-base` (`WIDGET_SECRET_KEY_BASE`, `widgetAuthToken()` in src/domain/widget.ts), checks `exp` on its clock, and finds the contact inbox by `source_id` in the widget's inbox. A missing, malformed, badly signed or expired token decodes to no contact → 404. */
        "X-Auth-Token"?: components["parameters"]["auth_token"];
      };
      path: {
        /** @description The message id (a message of the visitor's own conversations). */
        id: components["parameters"]["parameters-message_id"];
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["WidgetMessageUpdateRequest"];
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["PublicMessage"];
        };
      };
      400: components["responses"]["BadRequest"];
      404: components["responses"]["NotFoundOrEmpty"];
      413: components["responses"]["PayloadTooLarge"];
      422: components["responses"]["Unprocessable"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  addWidgetLabel: {
    parameters: {
      query?: {
        /** @description The web widget's `website_token` (Channel::WebWidget). Rails reads it from the query string or the body; missing or unknown → 404. */
        website_token?: components["parameters"]["website_token"];
        /** @description The widget's language (SwitchLocale); the events endpoint reports it as `widget_language`. */
        locale?: components["parameters"]["locale"];
      };
      header?: {
        /** @description The widget's token for the visitor: a JWT (HS256, signed with the installation's secret_key_base) with claims `source_id` (the contact inbox's source id) and `inbox_id`, plus `iat`/`exp` (180 days) — Widget::TokenService, handed out by `POST /api/v1/widget/config`. The fake signs with the secret `chatwoot-fake-secret-key-base` (`WIDGET_SECRET_KEY_BASE`, `widgetAuthToken()` in src/domain/widget.ts), checks `exp` on its clock, and finds the contact inbox by `source_id` in the widget's inbox. A missing, malformed, badly signed or expired token decodes to no contact → 404. */
        "X-Auth-Token"?: components["parameters"]["auth_token"];
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["WidgetParams"];
      };
    };
    responses: {
      /** @description Done (no body). */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components["responses"]["BadRequest"];
      404: components["responses"]["NotFoundOrEmpty"];
      413: components["responses"]["PayloadTooLarge"];
      422: components["responses"]["Unprocessable"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  removeWidgetLabel: {
    parameters: {
      query?: {
        /** @description The web widget's `website_token` (Channel::WebWidget). Rails reads it from the query string or the body; missing or unknown → 404. */
        website_token?: components["parameters"]["website_token"];
        /** @description The widget's language (SwitchLocale); the events endpoint reports it as `widget_language`. */
        locale?: components["parameters"]["locale"];
      };
      header?: {
        /** @description The widget's token for the visitor: a JWT (HS256, signed with the installation's secret_key_base) with claims `source_id` (the contact inbox's source id) and `inbox_id`, plus `iat`/`exp` (180 days) — Widget::TokenService, handed out by `POST /api/v1/widget/config`. The fake signs with the secret `chatwoot-fake-secret-key-base` (`WIDGET_SECRET_KEY_BASE`, `widgetAuthToken()` in src/domain/widget.ts), checks `exp` on its clock, and finds the contact inbox by `source_id` in the widget's inbox. A missing, malformed, badly signed or expired token decodes to no contact → 404. */
        "X-Auth-Token"?: components["parameters"]["auth_token"];
      };
      path: {
        /** @description The label's title. */
        id: components["parameters"]["label"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Done (no body). */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components["responses"]["BadRequest"];
      404: components["responses"]["NotFoundOrEmpty"];
      413: components["responses"]["PayloadTooLarge"];
      422: components["responses"]["Unprocessable"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  listWidgetInboxMembers: {
    parameters: {
      query?: {
        /** @description The web widget's `website_token` (Channel::WebWidget). Rails reads it from the query string or the body; missing or unknown → 404. */
        website_token?: components["parameters"]["website_token"];
        /** @description The widget's language (SwitchLocale); the events endpoint reports it as `widget_language`. */
        locale?: components["parameters"]["locale"];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WidgetInboxMembers"];
        };
      };
      400: components["responses"]["BadRequest"];
      404: components["responses"]["widget_responses-NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      422: components["responses"]["Unprocessable"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  listWidgetCampaigns: {
    parameters: {
      query?: {
        /** @description The web widget's `website_token` (Channel::WebWidget). Rails reads it from the query string or the body; missing or unknown → 404. */
        website_token?: components["parameters"]["website_token"];
        /** @description The widget's language (SwitchLocale); the events endpoint reports it as `widget_language`. */
        locale?: components["parameters"]["locale"];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WidgetCampaigns"];
        };
      };
      400: components["responses"]["BadRequest"];
      404: components["responses"]["widget_responses-NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      422: components["responses"]["Unprocessable"];
      429: components["responses"]["TooManyRequests"];
      431: components["responses"]["RequestHeaderFieldsTooLarge"];
    };
  };
  conversationCreatedWebhook: {
    parameters: {
      query?: never;
      header: {
        /** @description A uuid per delivery (account and API-inbox webhooks; not agent bots). */
        "X-Chatwoot-Delivery"?: components["parameters"]["Delivery"];
        /** @description Unix seconds when the delivery was signed; present only when there is a secret. */
        "X-Chatwoot-Timestamp"?: components["parameters"]["Timestamp"];
        /** @description `sha256=` + hex HMAC-SHA256 with the webhook's `secret` (API inbox: the channel's `secret`) as key over `"<X-Chatwoot-Timestamp>.<raw body>"`. Present only when there is a secret (Chatwoot 4.x). */
        "X-Chatwoot-Signature"?: components["parameters"]["Signature"];
        /** @description RestClient's, e.g. `rest-client/2.1.0 (linux-musl x86_64) ruby/3.4.4p34`. */
        "User-Agent": components["parameters"]["UserAgent"];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["ConversationCreatedPayload"];
      };
    };
    responses: {
      /** @description Any 2xx answer counts as delivered; the body is ignored. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Logged as a failed delivery; not retried. */
      "4XX": {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Logged as a failed delivery; agent bots are retried on 500 (and 429), others are not. */
      "5XX": {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  conversationStatusChangedWebhook: {
    parameters: {
      query?: never;
      header: {
        /** @description A uuid per delivery (account and API-inbox webhooks; not agent bots). */
        "X-Chatwoot-Delivery"?: components["parameters"]["Delivery"];
        /** @description Unix seconds when the delivery was signed; present only when there is a secret. */
        "X-Chatwoot-Timestamp"?: components["parameters"]["Timestamp"];
        /** @description `sha256=` + hex HMAC-SHA256 with the webhook's `secret` (API inbox: the channel's `secret`) as key over `"<X-Chatwoot-Timestamp>.<raw body>"`. Present only when there is a secret (Chatwoot 4.x). */
        "X-Chatwoot-Signature"?: components["parameters"]["Signature"];
        /** @description RestClient's, e.g. `rest-client/2.1.0 (linux-musl x86_64) ruby/3.4.4p34`. */
        "User-Agent": components["parameters"]["UserAgent"];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["ConversationChangedPayload"];
      };
    };
    responses: {
      /** @description Any 2xx answer counts as delivered; the body is ignored. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Logged as a failed delivery; not retried. */
      "4XX": {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Logged as a failed delivery; agent bots are retried on 500 (and 429), others are not. */
      "5XX": {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  conversationUpdatedWebhook: {
    parameters: {
      query?: never;
      header: {
        /** @description A uuid per delivery (account and API-inbox webhooks; not agent bots). */
        "X-Chatwoot-Delivery"?: components["parameters"]["Delivery"];
        /** @description Unix seconds when the delivery was signed; present only when there is a secret. */
        "X-Chatwoot-Timestamp"?: components["parameters"]["Timestamp"];
        /** @description `sha256=` + hex HMAC-SHA256 with the webhook's `secret` (API inbox: the channel's `secret`) as key over `"<X-Chatwoot-Timestamp>.<raw body>"`. Present only when there is a secret (Chatwoot 4.x). */
        "X-Chatwoot-Signature"?: components["parameters"]["Signature"];
        /** @description RestClient's, e.g. `rest-client/2.1.0 (linux-musl x86_64) ruby/3.4.4p34`. */
        "User-Agent": components["parameters"]["UserAgent"];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["ConversationChangedPayload"];
      };
    };
    responses: {
      /** @description Any 2xx answer counts as delivered; the body is ignored. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Logged as a failed delivery; not retried. */
      "4XX": {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Logged as a failed delivery; agent bots are retried on 500 (and 429), others are not. */
      "5XX": {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  messageCreatedWebhook: {
    parameters: {
      query?: never;
      header: {
        /** @description A uuid per delivery (account and API-inbox webhooks; not agent bots). */
        "X-Chatwoot-Delivery"?: components["parameters"]["Delivery"];
        /** @description Unix seconds when the delivery was signed; present only when there is a secret. */
        "X-Chatwoot-Timestamp"?: components["parameters"]["Timestamp"];
        /** @description `sha256=` + hex HMAC-SHA256 with the webhook's `secret` (API inbox: the channel's `secret`) as key over `"<X-Chatwoot-Timestamp>.<raw body>"`. Present only when there is a secret (Chatwoot 4.x). */
        "X-Chatwoot-Signature"?: components["parameters"]["Signature"];
        /** @description RestClient's, e.g. `rest-client/2.1.0 (linux-musl x86_64) ruby/3.4.4p34`. */
        "User-Agent": components["parameters"]["UserAgent"];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["MessagePayload"];
      };
    };
    responses: {
      /** @description Any 2xx answer counts as delivered; the body is ignored. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Logged as a failed delivery; not retried. */
      "4XX": {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Logged as a failed delivery; agent bots are retried on 500 (and 429), others are not. */
      "5XX": {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  messageUpdatedWebhook: {
    parameters: {
      query?: never;
      header: {
        /** @description A uuid per delivery (account and API-inbox webhooks; not agent bots). */
        "X-Chatwoot-Delivery"?: components["parameters"]["Delivery"];
        /** @description Unix seconds when the delivery was signed; present only when there is a secret. */
        "X-Chatwoot-Timestamp"?: components["parameters"]["Timestamp"];
        /** @description `sha256=` + hex HMAC-SHA256 with the webhook's `secret` (API inbox: the channel's `secret`) as key over `"<X-Chatwoot-Timestamp>.<raw body>"`. Present only when there is a secret (Chatwoot 4.x). */
        "X-Chatwoot-Signature"?: components["parameters"]["Signature"];
        /** @description RestClient's, e.g. `rest-client/2.1.0 (linux-musl x86_64) ruby/3.4.4p34`. */
        "User-Agent": components["parameters"]["UserAgent"];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["MessagePayload"];
      };
    };
    responses: {
      /** @description Any 2xx answer counts as delivered; the body is ignored. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Logged as a failed delivery; not retried. */
      "4XX": {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Logged as a failed delivery; agent bots are retried on 500 (and 429), others are not. */
      "5XX": {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  contactCreatedWebhook: {
    parameters: {
      query?: never;
      header: {
        /** @description A uuid per delivery (account and API-inbox webhooks; not agent bots). */
        "X-Chatwoot-Delivery"?: components["parameters"]["Delivery"];
        /** @description Unix seconds when the delivery was signed; present only when there is a secret. */
        "X-Chatwoot-Timestamp"?: components["parameters"]["Timestamp"];
        /** @description `sha256=` + hex HMAC-SHA256 with the webhook's `secret` (API inbox: the channel's `secret`) as key over `"<X-Chatwoot-Timestamp>.<raw body>"`. Present only when there is a secret (Chatwoot 4.x). */
        "X-Chatwoot-Signature"?: components["parameters"]["Signature"];
        /** @description RestClient's, e.g. `rest-client/2.1.0 (linux-musl x86_64) ruby/3.4.4p34`. */
        "User-Agent": components["parameters"]["UserAgent"];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["ContactCreatedPayload"];
      };
    };
    responses: {
      /** @description Any 2xx answer counts as delivered; the body is ignored. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Logged as a failed delivery; not retried. */
      "4XX": {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Logged as a failed delivery; agent bots are retried on 500 (and 429), others are not. */
      "5XX": {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  contactUpdatedWebhook: {
    parameters: {
      query?: never;
      header: {
        /** @description A uuid per delivery (account and API-inbox webhooks; not agent bots). */
        "X-Chatwoot-Delivery"?: components["parameters"]["Delivery"];
        /** @description Unix seconds when the delivery was signed; present only when there is a secret. */
        "X-Chatwoot-Timestamp"?: components["parameters"]["Timestamp"];
        /** @description `sha256=` + hex HMAC-SHA256 with the webhook's `secret` (API inbox: the channel's `secret`) as key over `"<X-Chatwoot-Timestamp>.<raw body>"`. Present only when there is a secret (Chatwoot 4.x). */
        "X-Chatwoot-Signature"?: components["parameters"]["Signature"];
        /** @description RestClient's, e.g. `rest-client/2.1.0 (linux-musl x86_64) ruby/3.4.4p34`. */
        "User-Agent": components["parameters"]["UserAgent"];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["ContactUpdatedPayload"];
      };
    };
    responses: {
      /** @description Any 2xx answer counts as delivered; the body is ignored. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Logged as a failed delivery; not retried. */
      "4XX": {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Logged as a failed delivery; agent bots are retried on 500 (and 429), others are not. */
      "5XX": {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  inboxCreatedWebhook: {
    parameters: {
      query?: never;
      header: {
        /** @description A uuid per delivery (account and API-inbox webhooks; not agent bots). */
        "X-Chatwoot-Delivery"?: components["parameters"]["Delivery"];
        /** @description Unix seconds when the delivery was signed; present only when there is a secret. */
        "X-Chatwoot-Timestamp"?: components["parameters"]["Timestamp"];
        /** @description `sha256=` + hex HMAC-SHA256 with the webhook's `secret` (API inbox: the channel's `secret`) as key over `"<X-Chatwoot-Timestamp>.<raw body>"`. Present only when there is a secret (Chatwoot 4.x). */
        "X-Chatwoot-Signature"?: components["parameters"]["Signature"];
        /** @description RestClient's, e.g. `rest-client/2.1.0 (linux-musl x86_64) ruby/3.4.4p34`. */
        "User-Agent": components["parameters"]["UserAgent"];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["InboxCreatedPayload"];
      };
    };
    responses: {
      /** @description Any 2xx answer counts as delivered; the body is ignored. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Logged as a failed delivery; not retried. */
      "4XX": {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Logged as a failed delivery; agent bots are retried on 500 (and 429), others are not. */
      "5XX": {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  inboxUpdatedWebhook: {
    parameters: {
      query?: never;
      header: {
        /** @description A uuid per delivery (account and API-inbox webhooks; not agent bots). */
        "X-Chatwoot-Delivery"?: components["parameters"]["Delivery"];
        /** @description Unix seconds when the delivery was signed; present only when there is a secret. */
        "X-Chatwoot-Timestamp"?: components["parameters"]["Timestamp"];
        /** @description `sha256=` + hex HMAC-SHA256 with the webhook's `secret` (API inbox: the channel's `secret`) as key over `"<X-Chatwoot-Timestamp>.<raw body>"`. Present only when there is a secret (Chatwoot 4.x). */
        "X-Chatwoot-Signature"?: components["parameters"]["Signature"];
        /** @description RestClient's, e.g. `rest-client/2.1.0 (linux-musl x86_64) ruby/3.4.4p34`. */
        "User-Agent": components["parameters"]["UserAgent"];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["InboxUpdatedPayload"];
      };
    };
    responses: {
      /** @description Any 2xx answer counts as delivered; the body is ignored. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Logged as a failed delivery; not retried. */
      "4XX": {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Logged as a failed delivery; agent bots are retried on 500 (and 429), others are not. */
      "5XX": {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  webwidgetTriggeredWebhook: {
    parameters: {
      query?: never;
      header: {
        /** @description A uuid per delivery (account and API-inbox webhooks; not agent bots). */
        "X-Chatwoot-Delivery"?: components["parameters"]["Delivery"];
        /** @description Unix seconds when the delivery was signed; present only when there is a secret. */
        "X-Chatwoot-Timestamp"?: components["parameters"]["Timestamp"];
        /** @description `sha256=` + hex HMAC-SHA256 with the webhook's `secret` (API inbox: the channel's `secret`) as key over `"<X-Chatwoot-Timestamp>.<raw body>"`. Present only when there is a secret (Chatwoot 4.x). */
        "X-Chatwoot-Signature"?: components["parameters"]["Signature"];
        /** @description RestClient's, e.g. `rest-client/2.1.0 (linux-musl x86_64) ruby/3.4.4p34`. */
        "User-Agent": components["parameters"]["UserAgent"];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["WebwidgetTriggeredPayload"];
      };
    };
    responses: {
      /** @description Any 2xx answer counts as delivered; the body is ignored. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Logged as a failed delivery; not retried. */
      "4XX": {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Logged as a failed delivery; agent bots are retried on 500 (and 429), others are not. */
      "5XX": {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  conversationTypingOnWebhook: {
    parameters: {
      query?: never;
      header: {
        /** @description A uuid per delivery (account and API-inbox webhooks; not agent bots). */
        "X-Chatwoot-Delivery"?: components["parameters"]["Delivery"];
        /** @description Unix seconds when the delivery was signed; present only when there is a secret. */
        "X-Chatwoot-Timestamp"?: components["parameters"]["Timestamp"];
        /** @description `sha256=` + hex HMAC-SHA256 with the webhook's `secret` (API inbox: the channel's `secret`) as key over `"<X-Chatwoot-Timestamp>.<raw body>"`. Present only when there is a secret (Chatwoot 4.x). */
        "X-Chatwoot-Signature"?: components["parameters"]["Signature"];
        /** @description RestClient's, e.g. `rest-client/2.1.0 (linux-musl x86_64) ruby/3.4.4p34`. */
        "User-Agent": components["parameters"]["UserAgent"];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["TypingPayload"];
      };
    };
    responses: {
      /** @description Any 2xx answer counts as delivered; the body is ignored. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Logged as a failed delivery; not retried. */
      "4XX": {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Logged as a failed delivery; agent bots are retried on 500 (and 429), others are not. */
      "5XX": {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  conversationTypingOffWebhook: {
    parameters: {
      query?: never;
      header: {
        /** @description A uuid per delivery (account and API-inbox webhooks; not agent bots). */
        "X-Chatwoot-Delivery"?: components["parameters"]["Delivery"];
        /** @description Unix seconds when the delivery was signed; present only when there is a secret. */
        "X-Chatwoot-Timestamp"?: components["parameters"]["Timestamp"];
        /** @description `sha256=` + hex HMAC-SHA256 with the webhook's `secret` (API inbox: the channel's `secret`) as key over `"<X-Chatwoot-Timestamp>.<raw body>"`. Present only when there is a secret (Chatwoot 4.x). */
        "X-Chatwoot-Signature"?: components["parameters"]["Signature"];
        /** @description RestClient's, e.g. `rest-client/2.1.0 (linux-musl x86_64) ruby/3.4.4p34`. */
        "User-Agent": components["parameters"]["UserAgent"];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["TypingPayload"];
      };
    };
    responses: {
      /** @description Any 2xx answer counts as delivered; the body is ignored. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Logged as a failed delivery; not retried. */
      "4XX": {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Logged as a failed delivery; agent bots are retried on 500 (and 429), others are not. */
      "5XX": {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  conversationOpenedWebhook: {
    parameters: {
      query?: never;
      header: {
        /** @description A uuid per delivery (account and API-inbox webhooks; not agent bots). */
        "X-Chatwoot-Delivery"?: components["parameters"]["Delivery"];
        /** @description Unix seconds when the delivery was signed; present only when there is a secret. */
        "X-Chatwoot-Timestamp"?: components["parameters"]["Timestamp"];
        /** @description `sha256=` + hex HMAC-SHA256 with the webhook's `secret` (API inbox: the channel's `secret`) as key over `"<X-Chatwoot-Timestamp>.<raw body>"`. Present only when there is a secret (Chatwoot 4.x). */
        "X-Chatwoot-Signature"?: components["parameters"]["Signature"];
        /** @description RestClient's, e.g. `rest-client/2.1.0 (linux-musl x86_64) ruby/3.4.4p34`. */
        "User-Agent": components["parameters"]["UserAgent"];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["AgentBotConversationPayload"];
      };
    };
    responses: {
      /** @description Any 2xx answer counts as delivered; the body is ignored. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Logged as a failed delivery; not retried. */
      "4XX": {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Logged as a failed delivery; agent bots are retried on 500 (and 429), others are not. */
      "5XX": {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  conversationResolvedWebhook: {
    parameters: {
      query?: never;
      header: {
        /** @description A uuid per delivery (account and API-inbox webhooks; not agent bots). */
        "X-Chatwoot-Delivery"?: components["parameters"]["Delivery"];
        /** @description Unix seconds when the delivery was signed; present only when there is a secret. */
        "X-Chatwoot-Timestamp"?: components["parameters"]["Timestamp"];
        /** @description `sha256=` + hex HMAC-SHA256 with the webhook's `secret` (API inbox: the channel's `secret`) as key over `"<X-Chatwoot-Timestamp>.<raw body>"`. Present only when there is a secret (Chatwoot 4.x). */
        "X-Chatwoot-Signature"?: components["parameters"]["Signature"];
        /** @description RestClient's, e.g. `rest-client/2.1.0 (linux-musl x86_64) ruby/3.4.4p34`. */
        "User-Agent": components["parameters"]["UserAgent"];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["AgentBotConversationPayload"];
      };
    };
    responses: {
      /** @description Any 2xx answer counts as delivered; the body is ignored. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Logged as a failed delivery; not retried. */
      "4XX": {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Logged as a failed delivery; agent bots are retried on 500 (and 429), others are not. */
      "5XX": {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
}
