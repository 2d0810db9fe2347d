# Sourced (`source test/harness/npm-clean-env.sh`) before an npm install that must not depend on who called the script.
# Under `npm test` / `npm start` the outer npm exports its whole configuration as npm_config_* plus npm_lifecycle_*,
# npm_package_*, INIT_CWD…, and a nested `npm install` takes them as its own. code-server's postinstall reads the Node
# version from npm_config_user_agent, so under an outer npm on Node 20 it refused to install whatever PATH said.
# Dropped: everything npm injected. Kept: where packages come from and how to reach it (registry, scoped registries and
# credentials, cache, proxies, CA, the user's npmrc files), which a user or CI may have set for a mirror.
_market_notes_keep_npm_config() {
  local key=${1,,}
  key=${key#npm_config_}
  case $key in
    registry | cache | userconfig | globalconfig | proxy | https_proxy | http_proxy | noproxy | no_proxy | \
      strict_ssl | cafile | ca | offline | prefer_offline | fetch_retries | fetch_timeout) return 0 ;;
    *:*) return 0 ;; # @scope:registry, //host/:_authToken
  esac
  return 1
}
for _market_notes_name in $(compgen -e); do
  case $_market_notes_name in
    npm_config_* | NPM_CONFIG_*) _market_notes_keep_npm_config "$_market_notes_name" || unset "$_market_notes_name" ;;
    npm_lifecycle_* | npm_package_* | npm_execpath | npm_node_execpath | npm_command | INIT_CWD) unset "$_market_notes_name" ;;
  esac
done
unset _market_notes_name
unset -f _market_notes_keep_npm_config
