-- Keyset pagination of the API's lists: one index per list in its sort order, ending in the primary key,
-- so that a page is read from its cursor without sorting the whole table.
CREATE INDEX donor_name_ix ON fund.donor (name, id);
CREATE INDEX pledge_listing_ix ON fund.pledge (pledged_on DESC, ref, id);
CREATE INDEX receipt_listing_ix ON fund.receipt (received_on DESC, created_at DESC, id DESC);
CREATE INDEX funding_call_listing_ix ON fund.funding_call (closes_on DESC, ref, id);
CREATE INDEX person_name_ix ON fund.person (display_name, id);
CREATE INDEX fx_conversion_listing_ix ON fund.fx_conversion (converted_at DESC, id);
