/**
 * The steps that move an event through its states (submit, approve, return, retract, merge, discard), for the
 * {@code review} module only: each step checks the state machine, records who took it, and announces its
 * {@link org.annals.event.EventChange} (approval also {@link org.annals.event.EventPublished}). Who may take which
 * step, and with what message, is review's policy; no other module declares this named interface.
 */
@NullMarked
@NamedInterface("workflow")
package org.annals.event.workflow;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
