package id.puskesnet.account.security;

import id.puskesnet.access.CurrentUser;
import id.puskesnet.account.domain.UserAccount;
import id.puskesnet.account.domain.UserAccountRepository;
import id.puskesnet.facility.FacilityOption;
import id.puskesnet.facility.FacilityService;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class AccountUserDetailsService implements UserDetailsService {

    private final UserAccountRepository users;
    private final FacilityService facilities;

    AccountUserDetailsService(UserAccountRepository users, FacilityService facilities) {
        this.users = users;
        this.facilities = facilities;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        String normalised = username == null ? "" : username.strip().toLowerCase();
        UserAccount user = users.findByUsername(normalised)
                .orElseThrow(() -> new UsernameNotFoundException("Unknown user"));
        String facilityName = user.getFacilityId() == null ? null
                : facilities.option(user.getFacilityId()).map(FacilityOption::name).orElse(null);
        return new CurrentUser(user.getId(), user.getUsername(), user.getPasswordHash(), user.getFullName(),
                user.getRole(), user.getFacilityId(), facilityName, user.isEnabled());
    }
}
