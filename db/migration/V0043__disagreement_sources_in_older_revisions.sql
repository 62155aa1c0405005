-- Revisions recorded before disagreements named sources (V0042) read as naming none, not as unknown.
update source_disagreement_aud set source_urls = '{}' where source_urls is null;
