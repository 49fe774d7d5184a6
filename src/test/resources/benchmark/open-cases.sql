-- Open dental cases in bulk, one for every fourth bulk task's process instance, and every 100th
-- naming pcn-clinical-director as its clinical lead, so a working role lists a quarter of them by
-- programme and a named person lists theirs through the case-access subqueries.
-- Parameters: :from and :to (the task numbers). No semicolons in comments.
insert into commissioning_case (reference, title, programme, integrated_care_system, status, current_stage,
    details, process_instance_id, created_by, created_at, updated_at, version, stage_entered_at)
  select 'BENCH-' || n, 'Benchmark dental case ' || n, 'DENTAL_PROCUREMENT', 'NHS Devon', 'OPEN',
    'needs-assessment', '{"trigger":"access-gap","area":"Devon"}', 'bench-pi-' || n, 'commissioning-manager',
    now() - (n % 1000) * interval '1 hour', now(), 0, now() - (n % 1000) * interval '1 hour'
  from generate_series(:from, :to) n where n % 4 = 0;
insert into case_named_person (case_id, role_id, user_id)
  select id, 'clinical-lead', 'pcn-clinical-director' from commissioning_case
  where reference like 'BENCH-%' and substr(reference, 7)::int between :from and :to
    and substr(reference, 7)::int % 100 = 0
