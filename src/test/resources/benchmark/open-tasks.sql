-- Open user tasks in bulk, each with the rows the engine writes for a task of a role: a process
-- instance (one execution), the task, its candidate group and the group's authorization on the
-- task (READ and UPDATE), and for every 20th task an assignee with their own authorization.
-- A quarter of the tasks go to commissioning-manager, the rest round the other roles.
-- Parameters: :from and :to (the task numbers), :definition (a process definition id) and :key
-- (its key). PostgreSQL only: the bulk path of TaskQueryBenchmarkTests. No semicolons in comments.
insert into act_ru_execution (id_, rev_, root_proc_inst_id_, proc_inst_id_, business_key_, proc_def_id_,
    act_id_, act_inst_id_, is_active_, is_concurrent_, is_scope_, is_event_scope_, suspension_state_,
    cached_ent_state_, sequence_counter_, proc_def_key_)
  select 'bench-pi-' || n, 1, 'bench-pi-' || n, 'bench-pi-' || n, 'BENCH-' || n, :definition,
    'Task_AssessOralHealthNeeds', 'Task_AssessOralHealthNeeds:bench-ai-' || n, true, false, true, false, 1,
    18, 3, :key
  from generate_series(:from, :to) n;
insert into act_ru_task (id_, rev_, execution_id_, proc_inst_id_, proc_def_id_, name_, description_,
    task_def_key_, assignee_, priority_, create_time_, due_date_, suspension_state_, task_state_)
  select 'bench-task-' || n, 1, 'bench-pi-' || n, 'bench-pi-' || n, :definition, 'Assess oral health needs',
    'Review the oral health needs assessment for the area and decide whether a procurement is needed.',
    'Task_AssessOralHealthNeeds', case when n % 20 = 0 then 'bench-user-' || (n % 7) end, 50,
    now() - (n % 1000) * interval '1 hour', now() + (n % 60) * interval '1 day', 1, 'Created'
  from generate_series(:from, :to) n;
insert into act_ru_identitylink (id_, rev_, group_id_, type_, task_id_)
  select 'bench-link-' || n, 1, case when n % 4 = 0 then 'commissioning-manager' else (array['programme-manager', 'procurement-lead', 'clinical-lead', 'finance-lead', 'contract-manager', 'ig-lead', 'hr-lead', 'dental-adviser', 'head-of-primary-care', 'director-of-primary-care', 'director-of-commissioning', 'regional-director-of-commissioning', 'health-and-justice-commissioner', 'pcc-representative', 'evaluation-panel', 'primary-care-commissioning-committee', 'icb-board', 'pcn-clinical-director', 'programme-lead'])[1 + n % 19] end, 'candidate', 'bench-task-' || n
  from generate_series(:from, :to) n;
insert into act_ru_authorization (id_, rev_, type_, group_id_, resource_type_, resource_id_, perms_)
  select 'bench-auth-' || n, 1, 1, case when n % 4 = 0 then 'commissioning-manager' else (array['programme-manager', 'procurement-lead', 'clinical-lead', 'finance-lead', 'contract-manager', 'ig-lead', 'hr-lead', 'dental-adviser', 'head-of-primary-care', 'director-of-primary-care', 'director-of-commissioning', 'regional-director-of-commissioning', 'health-and-justice-commissioner', 'pcc-representative', 'evaluation-panel', 'primary-care-commissioning-committee', 'icb-board', 'pcn-clinical-director', 'programme-lead'])[1 + n % 19] end, 7, 'bench-task-' || n, 6
  from generate_series(:from, :to) n;
insert into act_ru_authorization (id_, rev_, type_, user_id_, resource_type_, resource_id_, perms_)
  select 'bench-auth-user-' || n, 1, 1, 'bench-user-' || (n % 7), 7, 'bench-task-' || n, 6
  from generate_series(:from, :to) n where n % 20 = 0;
