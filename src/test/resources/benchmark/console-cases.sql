-- Dental cases with history in bulk, for ConsoleBenchmarkTests: seven in ten open (at one of the
-- nine stages on the way, each with an open task of a role and its process instance), two closed
-- and one cancelled, over the last two years in 42 integrated care systems, each with its stage
-- visits, two approval decisions, three milestones and the engine's activity history of its
-- process (the diagram's activities in order, the last still open for an open case).
-- Parameters: :from and :to (the case numbers), :definition (a process definition id) and :key
-- (its key). PostgreSQL only. No semicolons in comments.
insert into commissioning_case (reference, title, programme, commissioner, integrated_care_system, status,
    current_stage, rag_rating, target_start_date, details, process_instance_id, created_by, created_at, updated_at,
    version, stage_entered_at, ended_at, cycle_seconds)
  select 'CB-' || n, 'Console benchmark case ' || n, 'DENTAL_PROCUREMENT', 'Commissioner ' || (n % 7),
    'ICS ' || (n % 42),
    case when n % 10 < 7 then 'OPEN' when n % 10 < 9 then 'CLOSED' else 'CANCELLED' end,
    case when n % 10 < 7 then (array['needs-assessment', 'lot-design', 'business-case', 'finance-check',
      'business-case-approval', 'psr-route', 'procurement', 'mobilisation', 'handover'])[1 + n % 9]
      when n % 10 < 9 then 'contract-management' else 'stopped' end,
    (array['RED', 'AMBER', 'GREEN', null])[1 + n % 4],
    (now() + ((n % 400) - 100) * interval '1 day')::date,
    '{"trigger":"access-gap","area":"Devon"}', 'cbench-pi-' || n, 'commissioning-manager',
    now() - (300 + n % 400) * interval '1 day', now(), 0,
    now() - (n % 60) * interval '1 day',
    case when n % 10 >= 7 then now() - (n % 300) * interval '1 day' end,
    case when n % 10 >= 7 then extract(epoch from (300 + n % 400 - n % 300) * interval '1 day')::bigint end
  from generate_series(:from, :to) n;
insert into case_stage_visit (case_id, programme, stage, entered_at, left_at, seconds)
  select c.id, 'DENTAL_PROCUREMENT', (array['needs-assessment', 'lot-design', 'business-case', 'finance-check',
      'business-case-approval', 'psr-route'])[k], c.created_at + (k - 1) * interval '20 days',
    c.created_at + (k - 1) * interval '20 days' + (1 + (c.id * k) % 19) * interval '1 day',
    (1 + (c.id * k) % 19) * 86400
  from commissioning_case c cross join generate_series(1, 6) k
  where c.reference like 'CB-%' and substr(c.reference, 4)::int between :from and :to;
insert into case_decision (case_id, stage, outcome, decided_by, decided_at, channel, requested_at, turnaround_seconds)
  select c.id, 'Business case approval', 'approved', 'head-of-primary-care',
    c.created_at + interval '90 days' + (1 + (c.id * k) % 9) * interval '1 day',
    case when k = 1 then 'EMAIL' else 'TASKLIST' end, c.created_at + interval '90 days',
    (1 + (c.id * k) % 9) * 86400
  from commissioning_case c cross join generate_series(1, 2) k
  where c.reference like 'CB-%' and substr(c.reference, 4)::int between :from and :to;
insert into case_milestone (case_id, name, target_date, actual_date, status)
  select c.id, 'Milestone ' || k, (c.created_at + k * interval '60 days')::date,
    case when (c.id + k) % 3 = 0 then null else (c.created_at + k * interval '60 days'
      + ((c.id * k) % 11 - 5) * interval '1 day')::date end,
    case when (c.id + k) % 3 = 0 then 'PLANNED' else 'ACHIEVED' end
  from commissioning_case c cross join generate_series(1, 3) k
  where c.reference like 'CB-%' and substr(c.reference, 4)::int between :from and :to;
insert into act_ru_execution (id_, rev_, root_proc_inst_id_, proc_inst_id_, business_key_, proc_def_id_,
    act_id_, is_active_, is_concurrent_, is_scope_, is_event_scope_, suspension_state_, cached_ent_state_,
    sequence_counter_, proc_def_key_)
  select 'cbench-pi-' || n, 1, 'cbench-pi-' || n, 'cbench-pi-' || n, 'CB-' || n, :definition,
    'Task_AssessOralHealthNeeds', true, false, true, false, 1, 18, 3, :key
  from generate_series(:from, :to) n where n % 10 < 7;
insert into act_ru_task (id_, rev_, execution_id_, proc_inst_id_, proc_def_id_, name_, task_def_key_, priority_,
    create_time_, due_date_, suspension_state_, task_state_)
  select 'cbench-task-' || n, 1, 'cbench-pi-' || n, 'cbench-pi-' || n, :definition, 'Assess oral health needs',
    'Task_AssessOralHealthNeeds', 50, now() - (n % 60) * interval '1 day',
    now() + ((n % 40) - 10) * interval '1 day', 1, 'Created'
  from generate_series(:from, :to) n where n % 10 < 7;
insert into act_ru_identitylink (id_, rev_, group_id_, type_, task_id_)
  select 'cbench-link-' || n, 1, (array['commissioning-manager', 'programme-manager', 'finance-lead',
      'procurement-lead', 'head-of-primary-care'])[1 + n % 5], 'candidate', 'cbench-task-' || n
  from generate_series(:from, :to) n where n % 10 < 7;
insert into act_hi_actinst (id_, proc_def_key_, proc_def_id_, root_proc_inst_id_, proc_inst_id_, execution_id_,
    act_id_, act_name_, act_type_, start_time_, end_time_, duration_, act_inst_state_, sequence_counter_)
  select 'cbench-ai-' || c.n || '-' || k, :key, :definition, 'cbench-pi-' || c.n, 'cbench-pi-' || c.n,
    'cbench-pi-' || c.n,
    (array['Task_AssessOralHealthNeeds', 'Task_DesignLots', 'Task_PrepareBusinessCase', 'Task_CheckAffordability',
      'CallActivity_ApproveBusinessCase', 'Task_AnswerPsrQuestions', 'Task_ConfirmProcurementRoute',
      'CallActivity_RunCompetitiveProcurement', 'CallActivity_ManageEachContract'])[k],
    (array['Assess oral health needs', 'Design lots', 'Prepare business case', 'Check affordability',
      'Approve business case', 'Answer PSR route questions', 'Confirm procurement route',
      'Run competitive procurement', 'Manage each contract'])[k],
    case when k in (5, 8, 9) then 'callActivity' else 'userTask' end,
    now() - (400 - k * 20 + c.n % 30) * interval '1 day',
    case when k < c.m or c.n % 10 >= 7 then now() - (400 - k * 20 + c.n % 30) * interval '1 day'
      + (1 + (c.n * k) % 15) * interval '1 day' end,
    case when k < c.m or c.n % 10 >= 7 then (1 + (c.n * k) % 15) * 86400000::bigint end,
    case when k < c.m or c.n % 10 >= 7 then 4 else 0 end, k
  from (select n, 1 + n % 9 as m from generate_series(:from, :to) n) c cross join generate_series(1, 9) k
  where k <= c.m
