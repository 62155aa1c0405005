package org.annals.security;

import org.annals.security.internal.UserAccount;
import org.annals.security.internal.UserAccountRepository;
import org.annals.shared.InvalidInputException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts: sign-in look-ups and creating accounts. Creating is for administrators; start-up code (first
 * administrator, dev demo accounts) does it as {@link SystemActor}. An admin screen comes with team management.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class AccountService implements UserDetailsService {

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;

    AccountService(UserAccountRepository accounts, PasswordEncoder passwordEncoder) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize("permitAll()") // signing in happens before anyone is signed in
    public UserDetails loadUserByUsername(String username) {
        UserAccount account = accounts.findByUsername(username)
                .orElseThrow(() -> new UsernameNotFoundException("No account " + username));
        return User.withUsername(account.getUsername())
                .password(account.getPasswordHash())
                .roles(account.getRoles())
                .disabled(!account.isEnabled())
                .build();
    }

    @Transactional
    public void create(NewAccount account) {
        if (accounts.findByUsername(account.username()).isPresent()) {
            throw new InvalidInputException("username", "The username " + account.username() + " is taken", "admin.refusal.usernameTaken", account.username());
        }
        String[] roles = account.roles().stream().map(Role::name).sorted().toArray(String[]::new);
        accounts.save(new UserAccount(account.username(), account.displayName(),
                passwordEncoder.encode(account.password()), roles));
    }

    @Transactional
    public boolean createIfAbsent(NewAccount account) {
        if (accounts.findByUsername(account.username()).isPresent()) {
            return false;
        }
        create(account);
        return true;
    }

    @Transactional(readOnly = true)
    public boolean exists(String username) {
        return accounts.findByUsername(username).isPresent();
    }

    /** The language the person signed in chose for their screens; empty to follow the browser. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public java.util.Optional<java.util.Locale> myLanguage() {
        return accounts.findByUsername(CurrentUser.name()).map(UserAccount::getLanguage).map(java.util.Locale::forLanguageTag);
    }

    /** Keeps the language the person signed in chose: English or Ukrainian. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void chooseMyLanguage(java.util.Locale language) {
        String tag = language.getLanguage();
        if (!tag.equals("en") && !tag.equals("uk")) {
            throw new InvalidInputException("language", "Annals speaks English (en) and Ukrainian (uk)", "admin.refusal.language");
        }
        accounts.findByUsername(CurrentUser.name()).ifPresent(account -> account.setLanguage(tag));
    }

    @Transactional(readOnly = true)
    public boolean anyAdministrator() {
        return accounts.anyAdministrator();
    }
}
