-- The opgaven of the Samen Duurzaam programme: reference data, present in every installation.
insert into theme (id, code, name_nl, name_en, position) values (1, 'ENERGY_TRANSITION', 'Energietransitie', 'Energy transition', 1);
insert into theme (id, code, name_nl, name_en, position) values (2, 'INNOVATION', 'Innovatie', 'Innovation', 2);
insert into theme (id, code, name_nl, name_en, position) values (3, 'LABOUR_MARKET', 'Arbeidsmarkt', 'Labour market', 3);
insert into theme (id, code, name_nl, name_en, position) values (4, 'HEALTH', 'Gezondheid', 'Health', 4);
insert into theme (id, code, name_nl, name_en, position) values (5, 'YOUTH', 'Jeugd', 'Youth', 5);
insert into theme (id, code, name_nl, name_en, position) values (6, 'HOUSING_AND_LIVING', 'Wonen & leven', 'Housing & living', 6);
insert into theme (id, code, name_nl, name_en, position) values (7, 'IDENTITY_AND_IMAGE', 'Identiteit & imago', 'Identity & image', 7);
