package org.annals.history;

import org.hibernate.envers.RevisionListener;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Stamps each revision with the signed-in user (or "system" for imports and start-up work) and the message set
 * for the current change through {@link ChangeMessage}.
 */
public class RevisionAuthorListener implements RevisionListener {

    @Override
    public void newRevision(Object revisionEntity) {
        Revision revision = (Revision) revisionEntity;
        revision.setUsername(author());
        revision.setMessage(ChangeMessage.current());
    }

    /** Who a revision written now is by: the signed-in user, or "system". Bulk writes stamp their revision with it too. */
    public static String author() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        boolean signedIn = authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken);
        return signedIn ? authentication.getName() : "system";
    }
}
