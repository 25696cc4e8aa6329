-- Reference data (the admin can change it): assessment criteria with weights, and the municipal role catalogue with
-- its NSOB perspectives and the combinations that need an explicit justification.
insert into assessment_criterion (id, code, name_nl, name_en, weight, position, active, version) values
    (1, 'IMPACT', 'Impact op de opgave', 'Impact on the theme', 30, 1, true, 0);
insert into assessment_criterion (id, code, name_nl, name_en, weight, position, active, version) values
    (2, 'FEASIBILITY', 'Haalbaarheid', 'Feasibility', 20, 2, true, 0);
insert into assessment_criterion (id, code, name_nl, name_en, weight, position, active, version) values
    (3, 'PARTNER_COMMITMENT', 'Commitment van partners', 'Partner commitment', 20, 3, true, 0);
insert into assessment_criterion (id, code, name_nl, name_en, weight, position, active, version) values
    (4, 'INNOVATIVENESS', 'Innovativiteit', 'Innovativeness', 15, 4, true, 0);
insert into assessment_criterion (id, code, name_nl, name_en, weight, position, active, version) values
    (5, 'COALITION_FIT', 'Past bij het coalitieprogramma', 'Fit with the coalition programme', 15, 5, true, 0);

insert into municipal_role (id, code, name_nl, name_en, perspective, position, active, version) values
    (1, 'LET_GO', 'Loslaten', 'Let go', 'RESPONSIVE', 1, true, 0);
insert into municipal_role (id, code, name_nl, name_en, perspective, position, active, version) values
    (2, 'FACILITATOR', 'Facilitator', 'Facilitator', 'RESPONSIVE', 2, true, 0);
insert into municipal_role (id, code, name_nl, name_en, perspective, position, active, version) values
    (3, 'CONNECTOR', 'Verbinder', 'Connector', 'NETWORKING', 3, true, 0);
insert into municipal_role (id, code, name_nl, name_en, perspective, position, active, version) values
    (4, 'PARTNER', 'Samenwerkingspartner', 'Partner', 'NETWORKING', 4, true, 0);
insert into municipal_role (id, code, name_nl, name_en, perspective, position, active, version) values
    (5, 'ORCHESTRATOR', 'Regisseur', 'Orchestrator', 'NETWORKING', 5, true, 0);
insert into municipal_role (id, code, name_nl, name_en, perspective, position, active, version) values
    (6, 'FUNDER', 'Financier', 'Funder', 'PERFORMING', 6, true, 0);
insert into municipal_role (id, code, name_nl, name_en, perspective, position, active, version) values
    (7, 'LAUNCHING_CUSTOMER', 'Opdrachtgever, eerste afnemer', 'Launching customer', 'PERFORMING', 7, true, 0);
insert into municipal_role (id, code, name_nl, name_en, perspective, position, active, version) values
    (8, 'RULE_SETTER', 'Kadersteller', 'Rule-setter', 'LAWFUL', 8, true, 0);
insert into municipal_role (id, code, name_nl, name_en, perspective, position, active, version) values
    (9, 'REGULATOR', 'Vergunningverlener, toezichthouder', 'Regulator', 'LAWFUL', 9, true, 0);

-- a conflict holds both ways; each pair is stored in both directions
insert into municipal_role_conflict (role_id, conflicting_role_id) values (6, 9);
insert into municipal_role_conflict (role_id, conflicting_role_id) values (9, 6);
insert into municipal_role_conflict (role_id, conflicting_role_id) values (7, 9);
insert into municipal_role_conflict (role_id, conflicting_role_id) values (9, 7);
insert into municipal_role_conflict (role_id, conflicting_role_id) values (4, 9);
insert into municipal_role_conflict (role_id, conflicting_role_id) values (9, 4);
insert into municipal_role_conflict (role_id, conflicting_role_id) values (1, 5);
insert into municipal_role_conflict (role_id, conflicting_role_id) values (5, 1);
