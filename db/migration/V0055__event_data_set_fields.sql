-- What conflict data sets record about an event in their own terms (issue 18): fatalities as low / best / high
-- estimates (UCDP GED gives all three, ACLED one, kept as the best), the place's administrative areas, ACLED's
-- disorder type and interaction. They were prose in the summary, where they could not be summed, filtered or exported.
alter table timeline_event
    add column fatalities_low integer,
    add column fatalities_best integer,
    add column fatalities_high integer,
    add column admin1 text,
    add column admin2 text,
    add column admin3 text,
    add column disorder_type text,
    add column interaction text,
    add constraint timeline_event_fatalities_order check (
        coalesce(fatalities_low, 0) >= 0 and coalesce(fatalities_best, 0) >= 0 and coalesce(fatalities_high, 0) >= 0
        and (fatalities_low is null or fatalities_best is null or fatalities_low <= fatalities_best)
        and (fatalities_best is null or fatalities_high is null or fatalities_best <= fatalities_high)
        and (fatalities_low is null or fatalities_high is null or fatalities_low <= fatalities_high));
alter table timeline_event_aud
    add column fatalities_low integer,
    add column fatalities_best integer,
    add column fatalities_high integer,
    add column admin1 text,
    add column admin2 text,
    add column admin3 text,
    add column disorder_type text,
    add column interaction text;
