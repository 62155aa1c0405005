package org.annals.event;

/**
 * What merging one spelling of a source into another changed: drafts at once; events that were in review went back to
 * draft (as any edit takes them); published events got a pending correction that readers see once a reviewer
 * approves it; retracted events were left as they are.
 */
public record SourcesMerged(String kept, int drafts, int backFromReview, int pendingCorrections, int retractedLeft) {

    public int changed() {
        return drafts + backFromReview + pendingCorrections;
    }
}
