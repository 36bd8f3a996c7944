import '@fkui/theme-default/dist/fkui-css-variables.css';
import '@fkui/design/lib/fkui.css';
import '@fkui/design/lib/fonts.css';
import '@fkui/icon-lib-default/dist/f';
import './app.css';
import { FormatPlugin, setRunningContext, ValidationPlugin } from '@fkui/vue';
import { createApp } from 'vue';
import App from './App.vue';
import { whenUnauthorized } from './api/client';
import { router } from './router';
import { forget } from './session';

const app = createApp(App);
app.use(router);
app.use(ValidationPlugin);
app.use(FormatPlugin);
setRunningContext(app); // FKUI's modals (confirmModal, formModal) open in this app
whenUnauthorized((code) => {
  forget();
  const next = router.currentRoute.value.fullPath;
  void router.push({ name: 'login', query: code === 'SESSION_EXPIRED' ? { next, fel: code } : { next } });
});
app.mount('#app');
