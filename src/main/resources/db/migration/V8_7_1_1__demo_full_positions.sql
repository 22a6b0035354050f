-- The demo heads and secretaries were written with the agency's short name ("Kepala
-- Disperinaker"); a signature prints the full position ("Kepala Dinas Perindustrian dan Tenaga
-- Kerja Kabupaten Lima Puluh Kota"). Only the five demo agencies, only the exact old wording:
-- a position an administrator typed is never touched. Sealed reports keep what they printed.
update official
set position_title = (select case when official.position_title like 'Kepala %' then 'Kepala ' else 'Sekretaris ' end
                             || a.name from agency a where a.id = official.agency_id)
where exists (select 1 from agency a
              where a.id = official.agency_id
                and a.code in ('lpk-disperinaker', 'pwk-dkupp', 'pwk-dinkes', 'pbl-disperinaker', 'lmg-disnaker', 'wkn-dpmk')
                and length(a.name) <= 188
                and (official.position_title = 'Kepala ' || a.short_name
                     or official.position_title = 'Sekretaris ' || a.short_name));
